package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo account signs in with a real browser, finds RRD-07 in the catalogue and reads
 * its criteria; every page visited is checked with axe-core.
 */
class SignInAndBrowseJourneyTest extends BrowserJourney {

	@ParameterizedTest
	@EnumSource(DemoAccounts.class)
	void shouldSignInAndBrowseToARequirement(DemoAccounts account) {
		open("/login");
		Browser.assertAccessible(driver);
		Browser.signIn(driver, base(), account.username(), DemoAccounts.PASSWORD);

		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
		assertThat(driver.findElement(By.className("portal-header__user")).getText()).contains(roleName(account));
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, account.username() + "-home");

		Browser.navigate(driver, By.linkText("Catalogue"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("200 requirements");
		assertThat(driver.getPageSource()).contains("Illustrative");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("q")).sendKeys("RRD-07");
		Browser.navigate(driver, By.cssSelector("form[role=search] button"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("1 requirements");
		Browser.navigate(driver, By.linkText("RRD-07"));

		assertThat(driver.findElement(By.cssSelector("#level-FAIR dd")).getText()).startsWith("Policy adopted");
		assertThat(driver.findElement(By.cssSelector("#level-GOOD dd")).getText()).contains("funded clearance plan");
		assertThat(driver.findElement(By.cssSelector("#level-EXCELLENT dd")).getText()).contains("dip-sampled");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, account.username() + "-requirement");

		Browser.navigate(driver, By.linkText("Business areas"));
		assertThat(driver.findElement(By.id("area-CUS")).getText()).contains("Chris Ode");
		Browser.assertAccessible(driver);

		Browser.navigate(driver, By.linkText("Milestones"));
		assertThat(driver.getPageSource()).contains("Full compliance");
		Browser.assertAccessible(driver);

		boolean admin = account == DemoAccounts.ADMIN;
		assertThat(driver.findElements(By.linkText("Users"))).hasSize(admin ? 1 : 0);
		Browser.signOut(driver);
	}

	@Test
	void shouldShowTheAdministratorsPagesAccessibly() {
		open("/login");
		Browser.signIn(driver, base(), "admin", DemoAccounts.PASSWORD);
		for (String path : new String[] { "/admin/users", "/admin/users/new", "/admin/catalogue" }) {
			open(path);
			Browser.assertAccessible(driver);
		}
		open("/admin/users/new");
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button"));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a username");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "admin-user-errors");
		open("/catalogue/requirements/NOPE-01");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	@Test
	void shouldShowTheForbiddenPageToTheBoard() {
		open("/login");
		Browser.signIn(driver, base(), "board", DemoAccounts.PASSWORD);
		open("/admin/users");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot see this page");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	private static String roleName(DemoAccounts account) {
		return switch (account.role()) {
			case ADMIN -> "Administrator";
			case PROGRAMME_TEAM -> "Programme team";
			case AREA_OWNER -> "Business-area owner";
			case BOARD -> "Investment Board";
		};
	}

}
