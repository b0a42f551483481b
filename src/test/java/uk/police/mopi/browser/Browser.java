package uk.police.mopi.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, with axe-core to check
 * every page against WCAG 2.2 AA. Where Chromium is missing the browser tests are
 * skipped, except in CI ({@code CI=true}), where that is a failure.
 */
final class Browser {

	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private Browser() {
	}

	static WebDriver start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String why = "Chromium or chromedriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): apt-get install chromium chromium-driver";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("Browser tests must run in CI. " + why);
			}
			Assumptions.abort(why);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Runs axe-core on the page shown and fails with a readable list of any violation.
	 */
	static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations)
			.as(() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n"
					+ violations.stream()
						.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
								+ rule.getNodes()
									.stream()
									.map((node) -> String.valueOf(node.getTarget()))
									.collect(Collectors.joining(", ")))
						.collect(Collectors.joining("\n")))
			.isEmpty();
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	static void navigate(WebDriver driver, By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		waitFor(driver, ExpectedConditions.stalenessOf(page));
	}

	static void waitFor(WebDriver driver, ExpectedCondition<?> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
	}

	/** Signs in through the sign-in page at {@code base}. */
	static void signIn(WebDriver driver, String base, String username, String password) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		navigate(driver, By.cssSelector("form button[type=submit]"));
	}

	static void signOut(WebDriver driver) {
		navigate(driver, By.className("portal-header__signout-button"));
		waitFor(driver, ExpectedConditions.urlContains("/login?signedOut"));
	}

	/** Keeps a screenshot under target/screenshots, for people to look at. */
	static void screenshot(WebDriver driver, String name) {
		try {
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// A screenshot is a courtesy; the test's assertions stand without it.
		}
	}

	/**
	 * Fetches an address of the portal with the browser's session cookie, as the browser
	 * would (downloads, whose bytes the browser does not show).
	 */
	static java.net.http.HttpResponse<byte[]> fetch(WebDriver driver, String base, String href) throws Exception {
		java.net.URI address = java.net.URI.create(base).resolve(href);
		StringBuilder cookies = new StringBuilder();
		for (org.openqa.selenium.Cookie cookie : driver.manage().getCookies()) {
			cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(address)
			.header("Cookie", cookies.toString())
			.GET()
			.build();
		return java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The SHA-256 of some bytes, in lower-case hex. */
	static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
