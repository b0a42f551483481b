package uk.police.mopi.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * Publishes refusals of method security ({@code @PreAuthorize}) and of the filter
	 * chains as {@code AuthorizationDeniedEvent}s, which the trail records. Grants are
	 * not published.
	 */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
