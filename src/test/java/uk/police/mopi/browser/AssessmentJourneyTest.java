package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment journey in a real browser: the programme team sets RRD-07 in Custody to
 * Good with a rationale; Custody's owner sees it and can propose a level but not set one;
 * the Investment Board sees it and can change nothing. axe-core checks every page.
 */
class AssessmentJourneyTest extends BrowserJourney {

	@Test
	void shouldSetAProposeAndReadAnAssessmentAccordingToRole() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/assessments?section=RRD");
		assertThat(driver.findElement(By.id("matrix-summary")).getText()).contains("cells shown");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "matrix-rrd");
		Browser.navigate(driver, By.cssSelector("a[href$='/assessments/RRD-07/CUS']"));
		Browser.assertAccessible(driver);
		if (driver.findElement(By.id("current-level")).getText().equals("Good")) {
			setLevel("FAIR", "Reset for the journey");
		}
		Browser.navigate(driver, By.linkText("Change this assessment"));
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("input[name=level][value=GOOD]")).click();
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button"));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Give a rationale: it is required whenever the level or applicability changes");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("rationale"))
			.sendKeys("Review log dip-sampled in September 2008: 20 of 20 decisions recorded with a rationale");
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button"));
		assertThat(driver.findElement(By.id("current-level")).getText()).isEqualTo("Good");
		assertThat(driver.findElement(By.id("history")).getText()).contains("Level: Fair to Good")
			.contains("dip-sampled");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "cell-pmo");
		Browser.signOut(driver);

		Browser.signIn(driver, base(), "owner.custody", DemoAccounts.PASSWORD);
		open("/assessments?area=CUS&section=RRD");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.cssSelector("a[href$='/assessments/RRD-07/CUS']"));
		assertThat(driver.findElement(By.id("current-level")).getText()).isEqualTo("Good");
		assertThat(driver.findElements(By.linkText("Change this assessment"))).isEmpty();
		new Select(driver.findElement(By.id("proposedLevel"))).selectByValue("EXCELLENT");
		driver.findElement(By.id("proposalRationale")).sendKeys("Automated review workflow live since August");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Send proposal']"));
		assertThat(driver.getPageSource()).contains("Awaiting decision");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "cell-owner");
		open("/assessments/RRD-07/CUS/edit");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot see this page");
		Browser.signOut(driver);

		Browser.signIn(driver, base(), "board", DemoAccounts.PASSWORD);
		open("/assessments/RRD-07/CUS");
		assertThat(driver.findElement(By.id("current-level")).getText()).isEqualTo("Good");
		assertThat(driver.findElements(By.tagName("textarea"))).isEmpty();
		assertThat(driver.findElements(By.linkText("Change this assessment"))).isEmpty();
		Browser.assertAccessible(driver);
		open("/assessments/compare");
		Browser.assertAccessible(driver);
		open("/assessments?asAt=2007-03-31&priority=true&section=GOV");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Compliance matrix as at 31 March 2007");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	private void setLevel(String level, String rationale) {
		open("/assessments/RRD-07/CUS/edit");
		driver.findElement(By.cssSelector("input[name=level][value=" + level + "]")).click();
		driver.findElement(By.id("rationale")).sendKeys(rationale);
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button"));
	}

}
