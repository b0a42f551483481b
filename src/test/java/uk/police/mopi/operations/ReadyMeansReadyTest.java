package uk.police.mopi.operations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import uk.police.mopi.MopiPortalApplication;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.support.OwnDemoDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: the portal is started on a new, empty database (so the demo accounts
 * and data are created during this start) on a real port, health is polled from the
 * moment the web server listens, and on the first UP a demo user signs in on the very
 * next request.
 */
class ReadyMeansReadyTest {

	static final String DATABASE = "mopi_readiness";

	@Test
	void shouldLetADemoUserSignInOnTheFirstRequestAfterHealthSaysUp() throws Exception {
		AtomicInteger port = new AtomicInteger();
		ApplicationListener<ApplicationEvent> listening = (event) -> {
			if (event instanceof WebServerInitializedEvent initialized) {
				port.set(initialized.getWebServer().getPort());
			}
		};
		SpringApplicationBuilder portal = new SpringApplicationBuilder(MopiPortalApplication.class)
			.initializers(new OwnDemoDatabase(DATABASE))
			.listeners(listening)
			.properties("server.port=0", "mopi.demo-data.enabled=true", "mopi.dashboard.warm-up=true");
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(portal::run);
		try {
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			while (port.get() == 0) {
				assertThat(started).as("the portal failed to start").isNotCompletedExceptionally();
				Thread.sleep(20);
			}
			String base = "http://localhost:" + port.get();
			String token = csrfToken(http.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body());
			int notReady = 0;
			// Readiness is asked first, health second: readiness only ever goes from DOWN
			// to
			// UP, so while health (asked later) is still DOWN, readiness must have been
			// too.
			int readiness = http.send(get(base + "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString())
				.statusCode();
			HttpResponse<String> health = http.send(get(base + "/actuator/health"),
					HttpResponse.BodyHandlers.ofString());
			while (health.statusCode() != 200) {
				assertThat(health.statusCode()).as("health before the portal is ready").isEqualTo(503);
				assertThat(readiness).as("readiness before the portal is ready").isEqualTo(503);
				notReady++;
				Thread.sleep(10);
				readiness = http.send(get(base + "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString())
					.statusCode();
				health = http.send(get(base + "/actuator/health"), HttpResponse.BodyHandlers.ofString());
			}
			assertThat(health.body()).contains("\"UP\"");
			HttpResponse<String> signIn = http.send(
					HttpRequest.newBuilder(URI.create(base + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("username=pmo&password="
								+ URLEncoder.encode(DemoData.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
								+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.statusCode()).isEqualTo(302);
			assertThat(signIn.headers().firstValue("Location")).as("signed in, %d answers before UP", notReady)
				.hasValue("/");
			assertThat(http.send(get(base + "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
			assertThat(http.send(get(base + "/actuator/health/liveness"), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
		}
		finally {
			started.get(5, TimeUnit.MINUTES).close();
		}
	}

	private static HttpRequest get(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).GET().build();
	}

	private static String csrfToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
		return token.group(1);
	}

}
