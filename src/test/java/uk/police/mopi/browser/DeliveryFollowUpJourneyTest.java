package uk.police.mopi.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery raises levels, in a real browser (issue 11's journey): the programme team
 * records a milestone as achieved; Custody's owner sees "delivered by" on their view and
 * home page, attaches a PDF as evidence and proposes Good; the programme team accepts;
 * the dashboard's Good-or-better figure moves by one, and the evidence file downloads
 * with the SHA-256 of the upload. axe-core checks every page visited, the follow-up list
 * and the confidence page among them.
 */
class DeliveryFollowUpJourneyTest extends BrowserJourney {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgrammeCalendar calendar;

	@TempDir
	Path folder;

	@Test
	void shouldAskTheOwnerToProposeWhatAnAchievedMilestoneDeliveredAndMoveTheDashboard() throws Exception {
		Map<String, Object> milestone = this.jdbc.queryForMap("""
				select m.code, p.code as project from milestone m join project p on p.id = m.project_id
				join project_area a on a.project_id = p.id and a.business_area_code = 'CUS'
				where m.status = 'PLANNED' order by m.forecast_date, m.code limit 1
				""");
		String code = (String) milestone.get("code");
		String project = (String) milestone.get("project");
		String requirement = this.jdbc.queryForObject("""
				select requirement_code from assessment
				where area_code = 'CUS' and applicable and level in ('NOT_MET', 'FAIR') and requirement_code <> 'RRD-07'
				  and id not in (select assessment_id from assessment_proposal where status = 'PENDING')
				order by requirement_code desc limit 1
				""", String.class);
		this.jdbc.update("""
				insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
				select id, ?, 'CUS', 'GOOD' from milestone where code = ? on conflict do nothing
				""", requirement, code);

		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/projects/" + project);
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("outcome-milestone"))).selectByVisibleText(code);
		driver.findElement(By.id("achieved")).click();
		date("actual", this.calendar.today().toString());
		driver.findElement(By.id("outcome-reason")).sendKeys("Signed off by the project board");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Record outcome']"));
		assertThat(driver.findElement(By.id("milestone-" + code)).getText()).contains("Achieved");
		Browser.assertAccessible(driver);
		open("/delivery/follow-up");
		assertThat(driver.findElement(By.id("follow-up-awaiting")).getText()).contains(requirement + " / CUS");
		Browser.assertAccessible(driver);
		open("/delivery/confidence");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);

		String deliveredBy = "Delivered by " + code + ": propose Good with evidence";
		Browser.signIn(driver, base(), "owner.custody", DemoAccounts.PASSWORD);
		assertThat(driver.findElement(By.id("home-delivered")).getText()).contains(deliveredBy);
		Browser.assertAccessible(driver);
		open("/dashboard/areas/CUS");
		assertThat(driver.findElement(By.id("area-delivered")).getText()).contains(deliveredBy);
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "owner-delivered-by");
		Browser.navigate(driver,
				By.cssSelector("#area-delivered a[href$='/assessments/" + requirement + "/CUS#proposedLevel']"));
		byte[] pdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% Procedure live in Custody, dip sample "
				+ "of 20 records passed\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		Path upload = this.folder.resolve("Custody dip sample.pdf");
		Files.write(upload, pdf);
		driver.findElement(By.id("evidenceTitle")).sendKeys("Dip sample of 20 Custody records");
		driver.findElement(By.id("file")).sendKeys(upload.toAbsolutePath().toString());
		Browser.navigate(driver, By.cssSelector("#evidence-form button[type=submit]"));
		assertThat(driver.getTitle()).doesNotStartWith("Error: ");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("proposedLevel"))).selectByValue("GOOD");
		driver.findElement(By.id("proposalRationale"))
			.sendKeys("Delivered by " + code + ": procedure live, dip sample passed");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Send proposal']"));
		assertThat(driver.getPageSource()).contains("Awaiting decision");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);

		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		int before = goodOrBetter();
		Browser.assertAccessible(driver);
		open("/assessments/" + requirement + "/CUS");
		driver.findElement(By.id("decisionReason")).sendKeys("Evidence checked against the Good criteria");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Accept and set the level']"));
		assertThat(driver.findElement(By.id("current-level")).getText()).isEqualTo("Good");
		Browser.assertAccessible(driver);
		String file = driver.findElement(By.xpath("//a[contains(@class,'portal-evidence-file')]"
				+ "[contains(normalize-space(), 'Custody dip sample.pdf')]"))
			.getAttribute("href");
		assertThat(goodOrBetter()).isEqualTo(before + 1);
		Browser.assertAccessible(driver);
		HttpResponse<byte[]> download = Browser.fetch(driver, base(), file);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(Browser.sha256(download.body())).isEqualTo(Browser.sha256(pdf));
		Browser.signOut(driver);
	}

	/** The dashboard's count of applicable assessments at Good or better. */
	private int goodOrBetter() {
		open("/dashboard");
		String text = driver.findElement(By.cssSelector("a[href*='atLeast=GOOD']")).getText();
		return Integer.parseInt(text.substring(0, text.indexOf(" of ")).replace(",", ""));
	}

	/** Sets a date input whatever the browser's locale format. */
	private static void date(String id, String isoDate) {
		WebElement input = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, isoDate);
	}

}
