package uk.police.mopi.user;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Issue 10, sign-in that resists guessing: Spring Security publishes every sign-in (with
 * a refusal for too many failures as a "locked" failure) and every refusal of access, for
 * the security log and the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(
				Map.of(SignInRefusedException.class, AuthenticationFailureLockedEvent.class));
		return events;
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * Sessions in PostgreSQL write their attributes with {@code insert ... on conflict do
	 * update}: two requests of one new session (two tabs opened at once) both store its
	 * CSRF token, and the second would otherwise fail on the primary key with a 500.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
