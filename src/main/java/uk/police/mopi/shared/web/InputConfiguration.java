package uk.police.mopi.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounded input, wired once for every module: the date formatter every page binds with,
 * and the filter that caps API bodies and strips control characters from parameters.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new BoundedDateFormatter());
	}

	@Bean
	FilterRegistrationBean<InputLimits> inputLimits(@Value("${mopi.input.api-body-limit:65536}") long apiBodyLimit) {
		FilterRegistrationBean<InputLimits> registration = new FilterRegistrationBean<>(new InputLimits(apiBodyLimit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
