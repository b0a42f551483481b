package uk.police.mopi.user.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the {@link PasswordChangeGate} before every page and API endpoint but its own. */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	private final MessageSource messages;

	AccountWebConfiguration(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeGate(this.messages))
			.excludePathPatterns(PasswordChangeGate.PASSWORD_PAGE, "/assets/**", "/webjars/**", "/error", "/login");
	}

}
