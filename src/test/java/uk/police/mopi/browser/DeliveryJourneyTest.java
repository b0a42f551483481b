package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery journey in a real browser: the programme team creates a project with two
 * milestones, a dependency and a traced assessment; moving the first forecast moves the
 * second and flags the assessment as late; a dependency cycle is refused with a message
 * naming it. axe-core checks every page, the timeline and the budget among them.
 */
class DeliveryJourneyTest extends BrowserJourney {

	@Test
	void shouldPlanAProjectAndSeeTheEffectOfASlip() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/projects");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.linkText("New project"));
		Browser.assertAccessible(driver);
		driver.findElement(By.id("code")).sendKeys("J01");
		driver.findElement(By.id("name")).sendKeys("Custody review workflow");
		new Select(driver.findElement(By.id("workstream"))).selectByValue("TECHNOLOGY");
		new Select(driver.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		date("startDate", "2008-10-01");
		date("endDate", "2010-06-30");
		driver.findElement(By.cssSelector("input[name=areas][value=CUS]")).click();
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Save project']"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Custody review workflow");

		addMilestone("J01-M1", "Design agreed", "2009-01-31");
		addMilestone("J01-M2", "Live in Custody", "2009-03-31");
		new Select(driver.findElement(By.id("successor"))).selectByValue("J01-M2");
		new Select(driver.findElement(By.id("predecessor"))).selectByValue("J01-M1");
		driver.findElement(By.id("lagDays")).clear();
		driver.findElement(By.id("lagDays")).sendKeys("14");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Add dependency']"));
		assertThat(driver.findElement(By.id("dependencies")).getText())
			.contains("J01-M2 waits for J01-M1 (lag 14 days)");

		new Select(driver.findElement(By.id("delivery-milestone"))).selectByValue("J01-M2");
		driver.findElement(By.id("requirement")).sendKeys("RRD-07");
		new Select(driver.findElement(By.id("area"))).selectByValue("CUS");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Trace assessment']"));
		assertThat(driver.findElement(By.id("deliveries")).getText()).contains("RRD-07 / CUS").contains("On time");
		Browser.assertAccessible(driver);

		new Select(driver.findElement(By.id("forecast-milestone"))).selectByVisibleText("J01-M1 (31 Jan 2009)");
		date("forecast", "2010-12-25");
		driver.findElement(By.id("reason")).sendKeys("Supplier delivery slipped");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Move forecast']"));
		assertThat(driver.findElement(By.id("moved")).getText()).contains("J01-M2 now forecast for 8 January 2011");
		assertThat(driver.findElement(By.id("milestone-J01-M2")).getText()).contains("8 Jan 2011");
		assertThat(driver.findElement(By.id("deliveries")).getText()).contains("Late: after 31 Dec 2010");
		assertThat(driver.findElement(By.id("project-rag")).getText()).contains("Red");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "project-slipped");

		new Select(driver.findElement(By.id("successor"))).selectByValue("J01-M1");
		new Select(driver.findElement(By.id("predecessor"))).selectByValue("J01-M2");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Add dependency']"));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("That would make a cycle: J01-M2 → J01-M1 → J01-M2");
		Browser.assertAccessible(driver);

		open("/timeline");
		assertThat(driver.findElement(By.cssSelector("svg.portal-timeline title")).getAttribute("textContent"))
			.isEqualTo("Programme timeline");
		assertThat(driver.getPageSource()).contains("J01 Custody review workflow");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "timeline");
		open("/budget?year=2007/08");
		assertThat(driver.findElement(By.id("decisions")).getText()).contains("£4,621,000.00");
		Browser.assertAccessible(driver);
		open("/projects/unplanned-gaps?area=CUS");
		Browser.assertAccessible(driver);
		open("/dashboard?asAt=2007-03-31");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Progress as at 31 March 2007");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "dashboard");
		Browser.navigate(driver, By.cssSelector("#headline a"));
		assertThat(driver.findElement(By.id("cells-count")).getText()).endsWith("assessments");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	private void addMilestone(String code, String title, String baseline) {
		driver.findElement(By.id("milestoneCode")).sendKeys(code);
		driver.findElement(By.id("milestoneTitle")).sendKeys(title);
		date("milestoneBaseline", baseline);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Add milestone']"));
		assertThat(driver.findElement(By.id("project-milestones")).getText()).contains(code);
	}

	/** Sets a date input whatever the browser's locale format. */
	private static void date(String id, String isoDate) {
		WebElement input = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, isoDate);
	}

}
