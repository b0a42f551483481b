package uk.police.mopi.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.police.mopi.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's part, over real HTTP to a running portal: signs in on the form with its
 * CSRF token, carries the session cookie by hand (so a test decides which instance gets
 * it), calls the API with HTTP Basic as a demo account, and remembers the ETag of each
 * path's last answer.
 */
class PortalHttp {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> etags = new LinkedHashMap<>();

	/** Signs in on the form; answers the new session's cookie. */
	String signIn(String base, String username) throws Exception {
		HttpResponse<String> login = get(base + "/login", null);
		String anonymous = cookie(login);
		HttpResponse<String> signedIn = post(base + "/login", Map.of("username", username, "password",
				DemoData.DEMO_PASSWORD, "_csrf", text(login.body(), CSRF.pattern())), anonymous);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		String session = cookie(signedIn);
		assertThat(session).as("a new session on signing in").isNotEqualTo(anonymous);
		return session;
	}

	/** A page, which must answer 200, with the session. */
	String page(String uri, String session) throws Exception {
		HttpResponse<String> response = get(uri, session);
		assertThat(response.statusCode()).as(uri).isEqualTo(200);
		remember(response);
		return response.body();
	}

	/** An API resource, which must answer 200, as a demo account with HTTP Basic. */
	String api(String uri, String username) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(uri)).header("Authorization", basic(username)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(uri).isEqualTo(200);
		remember(response);
		return response.body();
	}

	/** Puts JSON as a demo account with HTTP Basic. */
	HttpResponse<String> put(String uri, String username, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page's status for a browser holding a copy with this ETag. */
	int conditional(String uri, String etag, String session) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(uri))
				.header("If-None-Match", etag)
				.header("Cookie", session)
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	HttpResponse<String> get(String uri, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String uri, Map<String, String> fields, String session) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((f) -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The ETags of the paths read since the last call, by path. */
	Map<String, String> takeETags() {
		Map<String, String> taken = Map.copyOf(this.etags);
		this.etags.clear();
		return taken;
	}

	/** The first group of a regular expression (dot matches newlines) in a page. */
	static String text(String page, String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1);
	}

	/** {@link #text} as a number written with thousands separators. */
	static int number(String page, String regex) {
		return Integer.parseInt(text(page, regex).replace(",", ""));
	}

	private void remember(HttpResponse<String> response) {
		response.headers()
			.firstValue("ETag")
			.ifPresent((etag) -> this.etags.put(response.request().uri().getRawPath(), etag));
	}

	/** The session cookie a response sets, as a {@code Cookie} header value. */
	private static String cookie(HttpResponse<String> response) {
		String setCookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
