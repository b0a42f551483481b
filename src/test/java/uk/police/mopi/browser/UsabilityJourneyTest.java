package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role found hard, in a real browser (issue 11, part 8). Anyone reads the
 * accessibility statement from the footer. The Custody owner opens a gap from their area
 * view and its back link returns there. The programme team pages through the "not
 * reviewed" list, compares one area, and previews a bulk update without applying it.
 * axe-core checks every page.
 */
class UsabilityJourneyTest extends BrowserJourney {

	@Test
	void shouldReadTheAccessibilityStatementFromTheFooterWithoutSigningIn() {
		open("/login");
		Browser.navigate(driver, By.linkText("Accessibility statement"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Accessibility statement for the MoPI compliance portal");
		assertThat(driver.findElement(By.id("compliance-status")).getText()).contains("partially compliant");
		Browser.assertAccessible(driver);
	}

	@Test
	void shouldReturnTheOwnerToTheirAreaViewFromAnAssessment() {
		Browser.signIn(driver, base(), "owner.custody", DemoAccounts.PASSWORD);
		open("/business-areas");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.linkText("Custody"));
		assertThat(driver.getCurrentUrl()).endsWith("/dashboard/areas/CUS");
		Browser.navigate(driver, By.cssSelector("#area-gaps tbody tr td a"));
		assertThat(driver.getCurrentUrl()).contains("returnTo=");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.cssSelector("a.govuk-back-link"));
		assertThat(driver.getCurrentUrl()).endsWith("/dashboard/areas/CUS");
		Browser.signOut(driver);
	}

	@Test
	void shouldPageLongListsCompareOneAreaAndPreviewABulkUpdate() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/");
		Browser.navigate(driver, By.partialLinkText("not changed or reviewed"));
		assertThat(driver.findElements(By.cssSelector("#cells tbody tr"))).hasSize(100);
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.cssSelector(".govuk-pagination__next a"));
		assertThat(driver.findElement(By.cssSelector(".govuk-pagination__item--current")).getText()).isEqualTo("2");
		Browser.assertAccessible(driver);

		open("/assessments/compare");
		new Select(driver.findElement(By.id("area"))).selectByValue("CUS");
		Browser.navigate(driver, By.cssSelector("main form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).contains("area=CUS");
		Browser.assertAccessible(driver);

		open("/assessments/bulk");
		new Select(driver.findElement(By.id("section"))).selectByValue("RRD");
		new Select(driver.findElement(By.id("area"))).selectByValue("CUS");
		new Select(driver.findElement(By.id("level"))).selectByValue("GOOD");
		driver.findElement(By.id("rationale")).sendKeys("Custody review programme completed");
		Browser.navigate(driver, By.id("bulk-preview-button"));
		assertThat(driver.findElement(By.id("bulk-preview-count")).getText()).contains("Nothing has changed yet");
		assertThat(driver.findElement(By.id("bulk-confirm")).getText()).startsWith("Apply to");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

}
