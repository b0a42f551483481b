package uk.police.mopi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Board pack in a real browser, as the programme team: create a meeting, draft its
 * pack, write the narrative, preview it with its draft banner, publish it after the
 * confirmation, read it published, and follow a figure to the frozen list behind it.
 * axe-core checks every page, the form with its errors among them.
 */
class BoardPackJourneyTest extends BrowserJourney {

	@Test
	void shouldDraftWritePublishAndReadAPack() {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/board/meetings");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Create meeting']"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		Browser.assertAccessible(driver);
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
				driver.findElement(By.id("meetingDate")), "2008-09-30");
		driver.findElement(By.id("title")).sendKeys("Extraordinary Investment Board");
		driver.findElement(By.id("attendees")).sendKeys("Deputy Commissioner; Director of Information");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Create meeting']"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Extraordinary Investment Board");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("title")).sendKeys("Progress as at today");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Create draft']"));
		Browser.assertAccessible(driver);
		driver.findElement(By.id("summary")).sendKeys("Where the programme stands today.");
		driver.findElement(By.id("recommendations")).sendKeys("That the Board notes this report.");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Save the narrative']"));
		assertThat(driver.findElement(By.id("pack-draft-banner")).getText()).contains("Draft");
		assertThat(driver.findElement(By.id("main-content")).getText()).contains("That the Board notes this report.");
		Browser.assertAccessible(driver);

		Browser.navigate(driver, By.id("pack-publish"));
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Publish the pack']"));
		assertThat(driver.findElement(By.id("pack-published")).getText()).contains("Published").contains("by");
		assertThat(driver.findElements(By.id("pack-draft-banner"))).isEmpty();
		assertThat(driver.findElement(By.id("pack-pdf")).getAttribute("href")).endsWith("/pack.pdf");
		assertThat(driver.findElement(By.id("pack-xlsx")).getAttribute("href")).endsWith("/pack.xlsx");
		Browser.assertAccessible(driver);

		String fair = driver.findElement(By.id("pack-headline-atLeastFair")).getText();
		Browser.navigate(driver, By.id("pack-headline-atLeastFair"));
		assertThat(driver.findElements(By.cssSelector("#pack-cells tbody tr"))).hasSize(Integer.parseInt(fair));
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

}
