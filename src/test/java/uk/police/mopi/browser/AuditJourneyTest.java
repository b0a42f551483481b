package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator, after a failed sign-in of someone else, finds it in the audit trail,
 * opens a row's details, refuses a date out of range and verifies the chain; every page
 * is checked with axe-core.
 */
class AuditJourneyTest extends BrowserJourney {

	@Test
	void shouldFindAFailedSignInAndVerifyTheChain() {
		open("/login");
		Browser.signIn(driver, base(), "mallory", "not-the-password");
		Browser.signIn(driver, base(), "admin", DemoAccounts.PASSWORD);

		Browser.navigate(driver, By.linkText("Audit trail"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("who")).sendKeys("mallory");
		Browser.navigate(driver, By.cssSelector("form.portal-search button[type=submit]"));
		WebElement row = driver.findElement(By.cssSelector("#audit-rows tbody tr"));
		assertThat(row.getText()).contains("signin.failure", "Failure");
		row.findElement(By.className("govuk-details__summary")).click();
		assertThat(row.findElement(By.className("govuk-details__text")).getText()).contains("BadCredentialsException");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "audit-trail");

		open("/admin/audit?from=1999-12-31");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("a date between 2000 and 2100");
		Browser.assertAccessible(driver);

		open("/admin/audit");
		Browser.navigate(driver, By.id("verify"));
		assertThat(driver.findElement(By.id("intact")).getText()).contains("The chain is intact");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "audit-verified");
		Browser.signOut(driver);
	}

}
