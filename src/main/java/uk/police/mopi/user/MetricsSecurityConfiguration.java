package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.util.StringUtils;

/**
 * The Prometheus endpoint ({@code /actuator/prometheus}) is never public: an
 * administrator (HTTP Basic or a signed-in session) may read it, and so may a scraper
 * that sends {@code Authorization: Bearer <MOPI_METRICS_TOKEN>} when that secret is set.
 * Someone else gets 401 (no credentials) or 403.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final String PATH = "/actuator/prometheus";

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, @Value("${mopi.metrics.token:}") String token) throws Exception {
		http.securityMatcher(PATH)
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(new ScrapeAccess(token)))
			.httpBasic((basic) -> basic.realmName("MoPI portal metrics"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/** An administrator, or the scraper's bearer token compared in constant time. */
	static final class ScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

		private final byte[] expected;

		ScrapeAccess(String token) {
			this.expected = StringUtils.hasText(token) ? ("Bearer " + token).getBytes(StandardCharsets.UTF_8) : null;
		}

		@Override
		public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
			if (this.expected != null && header != null
					&& MessageDigest.isEqual(this.expected, header.getBytes(StandardCharsets.UTF_8))) {
				return new AuthorizationDecision(true);
			}
			Authentication who = authentication.get();
			boolean admin = who != null && who.isAuthenticated()
					&& who.getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
			return new AuthorizationDecision(admin);
		}

	}

}
