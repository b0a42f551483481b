package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person finds their sessions and the change-password page from the header; both pages,
 * and the password page refusing a common password, are checked with axe-core. The demo
 * password is not changed (other journeys sign in with it).
 */
class AccountJourneyTest extends BrowserJourney {

	@Test
	void shouldShowTheSessionsAndChangePasswordPagesAccessibly() {
		open("/login");
		Browser.signIn(driver, base(), "board", DemoAccounts.PASSWORD);

		Browser.navigate(driver, By.linkText("Your sessions"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your sessions");
		assertThat(driver.findElement(By.className("govuk-table")).getText()).contains("This session");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "account-sessions");

		Browser.navigate(driver, By.linkText("Change password"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("currentPassword")).sendKeys(DemoAccounts.PASSWORD);
		driver.findElement(By.id("newPassword")).sendKeys("password1234");
		driver.findElement(By.id("confirmPassword")).sendKeys("password1234");
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("too common");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "account-password-errors");
		Browser.signOut(driver);
	}

}
