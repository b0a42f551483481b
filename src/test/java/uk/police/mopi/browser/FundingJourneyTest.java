package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funding control in a real browser: the programme team sees the demo's unfunded line
 * warned about, adds a line beyond the 2007/08 decision and sees it warned about, removes
 * it with a reason, and confirms the external cap. axe-core checks every page, the forms
 * with their errors among them.
 */
class FundingJourneyTest extends BrowserJourney {

	@Test
	void shouldWarnOfMoneyBeyondTheDecisionsAndLetTheProgrammeTeamPutItRight() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/budget?year=2008/09");
		assertThat(driver.findElement(By.id("totals")).getText()).contains("Allocated beyond the decisions");
		Browser.assertAccessible(driver);
		open("/budget?year=all");
		assertThat(driver.findElement(By.id("lines")).getText()).contains("2007/08").contains("2010/11");
		Browser.assertAccessible(driver);

		open("/budget/lines/new?year=2007/08");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Add budget line']"));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose a project from the list");
		assertThat(driver.getTitle()).startsWith("Error: ");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("projectCode"))).selectByValue("P01");
		driver.findElement(By.id("financialYear")).clear();
		driver.findElement(By.id("financialYear")).sendKeys("2007/08");
		new Select(driver.findElement(By.id("resourceType"))).selectByValue("INTERNAL");
		driver.findElement(By.xpath("//select[@id='decisionId']/option[starts-with(normalize-space(), '2007/08')]"))
			.click();
		for (String field : new String[] { "allocated", "forecast", "actual" }) {
			driver.findElement(By.id(field)).clear();
			driver.findElement(By.id(field)).sendKeys("10000");
		}
		driver.findElement(By.id("reason")).sendKeys("Analyst lent to the central team");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Add budget line']"));
		assertThat(driver.findElement(By.id("totals")).getText())
			.contains("Allocated beyond the decisions: £10,000.00 unfunded");
		assertThat(driver.findElement(By.id("lines")).getText()).contains("Unfunded: beyond its decision");
		Browser.assertAccessible(driver);

		Browser.navigate(driver,
				By.xpath("//tr[td/a[normalize-space()='P01']]//a[starts-with(normalize-space(), 'Change')]"));
		Browser.assertAccessible(driver);
		driver.findElement(By.id("removalReason")).sendKeys("Paid from the force's own budget instead");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Remove budget line']"));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Budget line removed");
		assertThat(driver.findElement(By.id("totals")).getText()).doesNotContain("Allocated beyond the decisions");

		open("/budget/cap?year=2007/08");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("reason")).sendKeys("Confirmed by the Board");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Save cap']"));
		assertThat(driver.findElement(By.id("totals")).getText()).contains("£3,000,000.00");
		Browser.signOut(driver);
	}

}
