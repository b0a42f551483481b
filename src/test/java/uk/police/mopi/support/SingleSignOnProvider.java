package uk.police.mopi.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server), started
 * once, and the portal's client registration for it. A test class that implements this
 * interface gets single sign-on configured; test classes with the same
 * {@code @SpringBootTest} share one application context. {@link #nextSignIn} says who the
 * provider signs in next.
 */
public interface SingleSignOnProvider {

	/** The provider, on a free port. */
	MockOAuth2Server SERVER = Holder.start();

	/** The issuer id at the provider (the last part of its issuer URI). */
	String ISSUER_ID = "force";

	/** The provider's name, as on the sign-in button. */
	String PROVIDER_NAME = "Force identity";

	@DynamicPropertySource
	static void singleSignOnRegistration(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.sso.issuer-uri", () -> issuer());
		registry.add("spring.security.oauth2.client.registration.sso.client-id", () -> "mopi-portal");
		registry.add("spring.security.oauth2.client.registration.sso.client-secret", () -> "test-secret");
		registry.add("spring.security.oauth2.client.registration.sso.scope", () -> "openid,profile,email");
		registry.add("spring.security.oauth2.client.registration.sso.client-name", () -> PROVIDER_NAME);
	}

	/** The provider's issuer URI. */
	static String issuer() {
		return SERVER.issuerUrl(ISSUER_ID).toString();
	}

	/** The next sign-in at the provider is this person, in these groups. */
	static void nextSignIn(String subject, String name, List<String> groups) {
		SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null,
				Map.of("name", name, "preferred_username", subject, "groups", groups), 3600));
	}

	/** A client like a browser: keeps cookies, follows no redirect by itself. */
	static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Signs in through the provider the way a browser does, from the portal's
	 * {@code /oauth2/authorization/sso} through the provider and back, and answers where
	 * the portal sent the person at the end (e.g. {@code /} or {@code /access-pending}).
	 */
	static String signOn(HttpClient browser, String portal) throws Exception {
		URI next = URI.create(portal + "/oauth2/authorization/sso");
		for (int hop = 0; hop < 6; hop++) {
			HttpResponse<String> response = browser.send(HttpRequest.newBuilder(next).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			String location = response.headers()
				.firstValue("Location")
				.orElseThrow(() -> new AssertionError(
						"No redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
			next = next.resolve(location);
			boolean atPortal = next.toString().startsWith(portal);
			if (atPortal && !next.getPath().startsWith("/login/oauth2/") && !next.getPath().startsWith("/oauth2/")) {
				return next.getPath() + ((next.getQuery() != null) ? "?" + next.getQuery() : "");
			}
		}
		throw new AssertionError("Too many redirects signing on, last " + next);
	}

	/** Starts the provider once per test run. */
	final class Holder {

		private Holder() {
		}

		static MockOAuth2Server start() {
			MockOAuth2Server server = new MockOAuth2Server();
			server.start();
			return server;
		}

	}

}
