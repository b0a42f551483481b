package uk.police.mopi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser-like session over loopback HTTP, for benchmarks. */
final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private final String basic;

	HttpSession(int port, String username, String password) throws IOException, InterruptedException {
		this.base = "http://localhost:" + port;
		this.basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + username);
		}
	}

	/**
	 * Fetches a page as a browser would (gzip), reads it whole, and returns the
	 * nanoseconds taken.
	 */
	long time(String path) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/json")
			.header("Accept-Encoding", "gzip");
		if (path.startsWith("/api/")) {
			request.header("Authorization", this.basic);
		}
		long start = System.nanoTime();
		HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		long took = System.nanoTime() - start;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return took;
	}

	/**
	 * Sends a request to the API with HTTP Basic and a JSON body (none when null), reads
	 * the answer whole and returns it; fails unless the status is 2xx.
	 */
	HttpResponse<byte[]> api(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json,application/pdf,*/*")
			.header("Authorization", this.basic)
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return response;
	}

}
