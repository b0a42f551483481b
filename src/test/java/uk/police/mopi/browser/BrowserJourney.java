package uk.police.mopi.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running portal (demo data, random port) in one real Chromium,
 * started before the class's tests and quit after them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mopi.demo-data.enabled=true", "mopi.assessment.evidence-required-from=NONE" })
abstract class BrowserJourney {

	static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/** The portal's address, without a trailing slash. */
	String base() {
		return "http://localhost:" + this.port;
	}

	/** Opens a page of the portal by its path. */
	void open(String path) {
		driver.get(base() + path);
	}

}
