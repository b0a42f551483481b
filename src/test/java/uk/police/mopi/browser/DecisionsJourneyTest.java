package uk.police.mopi.browser;

import java.sql.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions register in a real browser: the programme team records what the Board
 * decided on a published pack, is told what is missing first, and finds the decision in
 * the register with the frozen figures it was made on. axe-core checks every page.
 */
class DecisionsJourneyTest extends BrowserJourney {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ProgrammeCalendar calendar;

	private long meeting;

	@Test
	void shouldRecordADecisionOnAPublishedPackAndFindItInTheRegister() {
		long pack = publishedPack();
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/board/decisions");
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.linkText("Record a Board decision"));
		Browser.assertAccessible(driver);
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Record decision']"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the meeting that made the decision")
			.contains("Choose the published pack the decision was made on");
		Browser.assertAccessible(driver);

		new Select(driver.findElement(By.id("meetingId"))).selectByValue(String.valueOf(this.meeting));
		new Select(driver.findElement(By.id("packId"))).selectByValue(String.valueOf(pack));
		driver.findElement(By.id("businessCase")).sendKeys("Automated review workflow: licences from quotes");
		driver.findElement(By.id("financialYear")).clear();
		driver.findElement(By.id("financialYear")).sendKeys("2008/09");
		driver.findElement(By.id("amount")).sendKeys("420000");
		new Select(driver.findElement(By.id("decision"))).selectByValue("REJECTED");
		driver.findElement(By.id("conditions")).sendKeys("Bring back with the review backlog's figures");
		driver.findElement(By.id("decidedBy")).sendKeys("MPS Investment Board");
		Browser.navigate(driver, By.xpath("//button[normalize-space()='Record decision']"));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Decision recorded");
		assertThat(driver.findElement(By.id("decision")).getText()).contains("Rejected")
			.contains("Bring back with the review backlog's figures");
		assertThat(driver.findElement(By.id("headline")).getText()).contains("75.0%");
		Browser.assertAccessible(driver);

		open("/board/decisions?year=2008/09");
		assertThat(driver.findElement(By.id("decisions")).getText())
			.contains("Automated review workflow: licences from quotes");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	/** A meeting today with a published pack, as the packs' slice stores them. */
	private long publishedPack() {
		Date today = Date.valueOf(this.calendar.today());
		this.meeting = this.jdbc.queryForObject("""
				insert into board_meeting (meeting_date, title, version, created_at, created_by, updated_at, updated_by)
				values (?, 'Investment Board (journey)', 0, now(), 'test', now(), 'test') returning id
				""", Long.class, today);
		PackFigures figures = new PackFigures(PackFigures.SCHEMA, this.calendar.today(), this.calendar.today(), null,
				this.calendar.fullCompliance(), 0, new PackFigures.Counts(200, 10, 40, 100, 40, 10, 150, 50), List.of(),
				List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), null);
		return this.jdbc.queryForObject("""
				insert into board_pack (meeting_id, title, as_at, status, figures, published_at, published_by,
				                        version, created_at, created_by, updated_at, updated_by)
				values (?, 'Investment Board pack (journey)', ?, 'PUBLISHED', cast(? as jsonb), now(), 'test',
				        0, now(), 'test', now(), 'test') returning id
				""", Long.class, this.meeting, today, this.json.writeValueAsString(figures));
	}

}
