package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning at scale in a real browser: the programme team goes from the unplanned gaps to
 * the bulk-trace preview, chooses a milestone, sees the count, and traces them in one
 * submission; then removes a trace with a reason and records what the Home Office says
 * about full compliance. axe-core checks every page.
 */
class PlanJourneyTest extends BrowserJourney {

	@Test
	void shouldTraceAnAreasGapsInOneStepAndRecordTheHomeOffice() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/projects/unplanned-gaps");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.id("trace-gaps"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trace assessments to a milestone");
		assertThat(driver.findElement(By.id("trace-count")).getText()).contains("assessments match");
		Browser.assertAccessible(driver);

		Select milestones = new Select(driver.findElement(By.id("milestone")));
		milestones.selectByIndex(milestones.getOptions().size() - 1);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Preview']"));
		String count = driver.findElement(By.id("trace-count")).getText();
		assertThat(count).containsPattern("^\\d+ assessments will be traced to ");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.cssSelector("button[value=all]"));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains(count.replaceAll(" .*", "") + " assessments traced to");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("trace-0")).click();
		driver.findElement(By.id("traces-reason")).sendKeys("Covered by another project");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Remove ticked traces']"));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains("1 traces removed");
		Browser.assertAccessible(driver);

		open("/milestones");
		new Select(driver.findElement(By.id("ho-milestone")))
			.selectByValue(driver.findElement(By.cssSelector("#ho-milestone option[value^='HO-2010-FULL']"))
				.getAttribute("value"));
		new Select(driver.findElement(By.id("status"))).selectByValue("PLANNED");
		WebElement forecast = driver.findElement(By.id("forecast"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", forecast, "2011-06-30");
		driver.findElement(By.id("outcome")).sendKeys("The Home Office expects a six-month slip");
		driver.findElement(By.id("reason")).sendKeys("Letter of September 2008");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Record']"));
		assertThat(driver.findElement(By.id("home-office-outcomes")).getText())
			.contains("The Home Office expects a six-month slip");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

}
