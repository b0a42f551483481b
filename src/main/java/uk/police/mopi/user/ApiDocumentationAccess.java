package uk.police.mopi.user;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who may read the API's description ({@code /v3/api-docs}, the Swagger UI): signed-in
 * people, unless {@code mopi.api-docs.public=true}. It describes every endpoint and
 * field, which helps someone probing the portal, so it is not public by default. Someone
 * not signed in is sent to the sign-in page (relative redirect).
 */
final class ApiDocumentationAccess {

	static final String[] PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
			"/swagger-ui.html" };

	private final boolean open;

	ApiDocumentationAccess(boolean open) {
		this.open = open;
	}

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		if (this.open) {
			requests.anyRequest().permitAll();
		}
		else {
			requests.anyRequest().authenticated();
		}
	}

	void signInFirst(ExceptionHandlingConfigurer<HttpSecurity> exceptions) {
		exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
	}

}
