package uk.police.mopi.user;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Who may use what. Every page needs a signed-in person, except the sign-in page, static
 * assets and health; the API description needs one unless configured public. The API at
 * {@code /api/**} takes a personal API token ({@code Authorization: Bearer}) or HTTP
 * Basic, keeps no session and answers 401, 403 or 429 (too many failed sign-ins) in JSON.
 * Sign-in on the form and with HTTP Basic is guarded against guessing
 * ({@link PasswordAuthenticationProvider}). Finer rules (e.g. who may change an
 * assessment) sit on the controllers with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, MessageSource messages, ObjectProvider<ApiTokenService> tokens)
			throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(messages, Locale.UK);
		tokens.ifAvailable((service) -> http.addFilterBefore(new ApiTokenFilter(service, entryPoint),
				BasicAuthenticationFilter.class));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(
					(basic) -> basic.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
			.exceptionHandling(
					(exceptions) -> exceptions.accessDeniedHandler((request, response, ex) -> problem(response,
							HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role may not do this.")))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentation(HttpSecurity http, @Value("${mopi.api-docs.public:false}") boolean open)
			throws Exception {
		ApiDocumentationAccess access = new ApiDocumentationAccess(open);
		http.securityMatcher(ApiDocumentationAccess.PATHS)
			.authorizeHttpRequests(access::authorize)
			.exceptionHandling(access::signInFirst)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn, ProgrammeCalendar calendar,
			ObjectProvider<AccountSessionSecurity> accountSessions) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/access-pending", "/accessibility", "/assets/**", "/webjars/**", "/favicon.ico",
					"/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SignInFailureHandler(calendar.zone()))
				.permitAll())
			// Cached pages may stay in the browser (private, revalidated: PageCache);
			// signing
			// out tells the browser to forget them.
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.addLogoutHandler(new HeaderWriterLogoutHandler(
						new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.CACHE)))
				.permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.headers(DeploymentHeaders::harden)
			.requestCache((cache) -> cache.requestCache(new RelativeRequestCache()))
			.httpBasic((basic) -> basic.disable());
		SingleSignOn sso = singleSignOn.getIfAvailable();
		if (sso != null) {
			sso.configure(http);
		}
		// Sessions follow the account (issue 10, sessions)
		accountSessions.ifAvailable((sessions) -> sessions.applyTo(http));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
