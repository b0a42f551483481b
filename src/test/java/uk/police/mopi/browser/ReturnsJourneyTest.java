package uk.police.mopi.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme team prepares the Home Office return as at the Action Plan's key date,
 * previews it, finds its downloads, is asked to confirm, and submits it; the list of
 * returns then shows it. axe-core checks every page.
 */
class ReturnsJourneyTest extends BrowserJourney {

	private static final String DATE = "2007-12-31";

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeTheSubmittedReturn() {
		this.jdbc.update("delete from home_office_return where as_at = cast(? as date)", DATE);
	}

	@Test
	void shouldPrepareDownloadAndSubmitTheReturn() throws Exception {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/returns");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("asAt")).clear();
		driver.findElement(By.id("asAt")).sendKeys("2007-02-30");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Prepare the return']"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("asAt")).clear();
		driver.findElement(By.id("asAt")).sendKeys(DATE);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Prepare the return']"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Home Office return as at 31 December 2007");
		assertThat(driver.findElement(By.id("count-requirements")).getText()).isEqualTo("200");
		Browser.assertAccessible(driver);
		String csv = driver.findElement(By.id("download-csv")).getAttribute("href");
		HttpResponse<byte[]> download = Browser.fetch(driver, base(), csv);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), StandardCharsets.UTF_8).lines()).hasSize(201);

		Browser.navigate(driver, By.xpath("//button[normalize-space()='Submit the return']"));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Confirm that the return is to be sent");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("confirm")).click();
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Submit the return']"));
		assertThat(driver.findElement(By.id("return-status")).getText()).startsWith("Submitted on");
		assertThat(driver.findElements(By.id("form-submit"))).isEmpty();
		Browser.assertAccessible(driver);
		open("/returns");
		assertThat(driver.findElement(By.id("submitted-returns")).getText()).contains("31 December 2007");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

}
