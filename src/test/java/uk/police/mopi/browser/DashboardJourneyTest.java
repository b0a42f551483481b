package uk.police.mopi.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real browser. Signed in as {@code board}: the dashboard as at today
 * and as at 31 March 2007 shows headline figures equal to a recount of the assessments
 * API on the same date, and a drill-down lists exactly as many assessments as its figure
 * says. Signed in as {@code owner.custody}: the owner view lists Custody's gaps, each
 * with the milestone that closes it or "Unplanned". axe-core checks every page.
 */
class DashboardJourneyTest extends BrowserJourney {

	@Autowired
	private ObjectMapper json;

	@Test
	void shouldShowTheBoardFiguresThatTheAssessmentsAdd() throws Exception {
		Browser.signIn(driver, base(), "board", DemoAccounts.PASSWORD);
		Browser.navigate(driver, By.linkText("Dashboard"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("30 September 2008");
		Browser.assertAccessible(driver);
		assertHeadlineEqualsRecount("2008-09-30");
		assertThat(driver.findElement(By.id("trajectory-planned")).getText())
			.startsWith("If every open milestone delivers on its forecast date");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
				driver.findElement(By.cssSelector("figure.portal-figure")));
		Browser.screenshot(driver, "dashboard-board-today");

		WebElement custodyGood = driver
			.findElement(By.xpath("//table[@id='by-area']//tr[th='Custody']/td[position()=last()]/a"));
		String figure = custodyGood.getText().replaceAll(" .*", "");
		Browser.navigate(driver, By.xpath("//table[@id='by-area']//tr[th='Custody']/td[position()=last()]/a"));
		assertThat(driver.findElement(By.id("cells-count")).getText()).isEqualTo(figure + " assessments");
		assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).hasSize(Integer.parseInt(figure));
		Browser.assertAccessible(driver);

		driver.navigate().back();
		Browser.navigate(driver, By.linkText("As at 31 March 2007"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("31 March 2007");
		Browser.assertAccessible(driver);
		assertHeadlineEqualsRecount("2007-03-31");
		assertThat(driver.findElement(By.id("trajectory-forecast")).getText())
			.contains("The planned line shows the plan as it stands");
		driver.findElement(By.xpath("//summary[normalize-space()='The trajectory as a table']")).click();
		List<WebElement> months = driver.findElements(By.cssSelector("#trajectory-table tbody tr"));
		assertThat(months).as("month ends from the Capability Assessment, December 2006, to March 2007").hasSize(4);
		assertThat(months.get(months.size() - 1).getText()).startsWith("31 Mar 2007");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "dashboard-board-2007-03-31");

		org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
		chromium.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		assertThat(driver.findElement(By.xpath("//table[@id='by-area']/..")).getCssValue("max-height"))
			.as("printed tables are not cut to a scrolling region")
			.isEqualTo("none");
		assertThat(driver.findElement(By.cssSelector("figure.portal-figure svg")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("navigation")).isDisplayed()).isFalse();
		chromium.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

		Browser.navigate(driver, By.cssSelector("#headline-FAIR + p a"));
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	@Test
	void shouldListTheOwnersGapsWithWhatClosesThem() {
		Browser.signIn(driver, base(), "owner.custody", DemoAccounts.PASSWORD);
		Browser.navigate(driver, By.partialLinkText("Custody: gaps and what closes them"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Custody");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "dashboard-owner-custody");

		List<WebElement> gaps = driver.findElements(By.cssSelector("#area-gaps tbody tr"));
		assertThat(gaps).isNotEmpty();
		int unplanned = 0;
		for (WebElement gap : gaps) {
			String closedBy = gap.findElements(By.tagName("td")).get(3).getText();
			if (closedBy.startsWith("Unplanned")) {
				unplanned++;
			}
			else {
				// an open milestone and its forecast, or what an achieved one left to do
				assertThat(closedBy).as("a gap's milestone and forecast, or its follow-up")
					.matches("[A-Z0-9]+-M\\d+ \\(.+\\).*|Delivered by [A-Z0-9]+-M\\d+: propose .+ with evidence"
							+ "|Not delivered [A-Z0-9]+-M\\d+ achieved .+; still .+, planned .+");
			}
		}
		assertThat(driver.findElement(By.id("area-summary")).getText())
			.startsWith(gaps.size() + " gaps below target; " + unplanned + " with no milestone planned");
		assertThat(driver.findElement(By.xpath("//table[@id='standings']//tr[contains(., 'This area')]")).getText())
			.contains("Custody");

		int withoutEvidence = (int) gaps.stream()
			.filter((gap) -> gap.findElements(By.tagName("td")).get(4).getText().equals("0"))
			.count();
		Browser.navigate(driver, By.partialLinkText("gaps awaiting evidence"));
		List<WebElement> awaiting = driver.findElements(By.cssSelector("#area-gaps tbody tr"));
		assertThat(awaiting).hasSize(withoutEvidence);
		assertThat(awaiting)
			.allSatisfy((gap) -> assertThat(gap.findElements(By.tagName("td")).get(4).getText()).isEqualTo("0"));
		assertThat(driver.findElement(By.id("area-shown")).getText())
			.isEqualTo("Showing " + withoutEvidence + " of the area's gaps.");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	/**
	 * The three headline figures on the page equal a count of the applicable assessments
	 * the assessments API returns as at the same date.
	 */
	private void assertHeadlineEqualsRecount(String date) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/assessments?asAt=" + date))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("board:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		int applicable = 0;
		int fair = 0;
		int good = 0;
		int excellent = 0;
		for (JsonNode cell : this.json.readTree(response.body())) {
			if (cell.get("applicable").asBoolean()) {
				applicable++;
				String level = cell.get("level").asString();
				fair += List.of("FAIR", "GOOD", "EXCELLENT").contains(level) ? 1 : 0;
				good += List.of("GOOD", "EXCELLENT").contains(level) ? 1 : 0;
				excellent += level.equals("EXCELLENT") ? 1 : 0;
			}
		}
		assertThat(applicable).isPositive();
		assertThat(headline("FAIR")).isEqualTo(String.format("%,d of %,d applicable assessments", fair, applicable));
		assertThat(headline("GOOD")).isEqualTo(String.format("%,d of %,d applicable assessments", good, applicable));
		assertThat(headline("EXCELLENT"))
			.isEqualTo(String.format("%,d of %,d applicable assessments", excellent, applicable));
		assertThat(driver.findElement(By.id("headline-FAIR")).getText())
			.isEqualTo(Math.round(100f * fair / applicable) + "%");
	}

	private String headline(String level) {
		return driver.findElement(By.cssSelector("#headline-" + level + " + p a")).getText();
	}

}
