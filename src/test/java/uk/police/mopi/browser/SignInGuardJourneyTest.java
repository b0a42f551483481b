package uk.police.mopi.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 in a real browser, checked with axe-core: the sign-in page once an account is
 * locked, a person's API tokens page with a new token shown once, and an administrator's
 * page of a person with the unlock button and their tokens.
 */
class SignInGuardJourneyTest extends BrowserJourney {

	private static final String STRANGER = "locked.out.visitor";

	@Autowired
	private JdbcClient jdbc;

	/**
	 * The browser's failures are real and committed: forget them, so that the address
	 * other browser tests sign in from is not nearer its block.
	 */
	@AfterEach
	void forgetFailures() {
		this.jdbc.sql("delete from sign_in_failure where subject in (:account, '127.0.0.1', '0:0:0:0:0:0:0:1')")
			.param("account", STRANGER)
			.update();
	}

	@Test
	void shouldSayWhenToTryAgainOnceAnAccountIsLocked() {
		for (int attempt = 1; attempt <= 6; attempt++) {
			open("/login");
			driver.findElement(By.id("username")).sendKeys(STRANGER);
			driver.findElement(By.id("password")).sendKeys("guess-" + attempt);
			Browser.navigate(driver, By.cssSelector("form button[type=submit]"));
		}
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.matches("(?s).*Too many failed sign-ins. Try again after \\d\\d:\\d\\d, or ask an administrator.*");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "sign-in-locked");
	}

	@Test
	void shouldCreateShowOnceAndRevokeAnApiToken() {
		open("/login");
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		Browser.navigate(driver, By.linkText("API tokens"));
		Browser.assertAccessible(driver);

		driver.findElement(By.id("name")).sendKeys("Browser journey");
		Browser.navigate(driver, By.cssSelector("form[action$='/account/tokens'] button[type=submit]"));
		assertThat(driver.findElement(By.id("token-value")).getText()).startsWith("mopi_");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "api-token-created");

		Browser.navigate(driver, By.cssSelector("#tokens form button"));
		assertThat(driver.findElement(By.id("tokens")).getText()).contains("Revoked");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	@Test
	void shouldShowAPersonsSignInAndTokensToAnAdministrator() {
		open("/login");
		Browser.signIn(driver, base(), "admin", DemoAccounts.PASSWORD);
		open("/admin/users/4");
		assertThat(driver.findElement(By.id("sign-in-status")).getText()).isEqualTo("Not locked.");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

}
