package uk.police.mopi.browser;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme team filters the matrix, the budget and the projects and downloads what
 * each shows, as CSV and as Excel, from the links under the filters (issue 12, exports).
 * axe-core checks every page with the links.
 */
class ExportsJourneyTest extends BrowserJourney {

	@Test
	void shouldDownloadTheFilteredRowsOfAListAsCsvAndExcel() throws Exception {
		Browser.signIn(driver, base(), "pmo", DemoAccounts.PASSWORD);
		open("/assessments");
		new Select(driver.findElement(By.id("section"))).selectByValue("RRD");
		new Select(driver.findElement(By.id("area"))).selectByValue("CUS");
		Browser.navigate(driver, By.cssSelector("main form button[type=submit]"));
		Browser.assertAccessible(driver);
		int assessments = downloads("matrix-export", "assessments", "section=RRD");

		open("/budget");
		new Select(driver.findElement(By.id("year"))).selectByValue("all");
		Browser.navigate(driver, By.cssSelector("main form.portal-search button[type=submit]"));
		Browser.assertAccessible(driver);
		downloads("lines-export", "budget lines", "year=all");

		open("/projects?rag=RED");
		Browser.assertAccessible(driver);
		downloads("projects-export", "projects", "rag=RED");
		assertThat(assessments).isPositive();
		Browser.signOut(driver);
	}

	/**
	 * Checks the list's two links (their words, the filter they keep) and downloads both:
	 * as many rows as the links say. Returns that number.
	 */
	private int downloads(String id, String noun, String filter) throws Exception {
		WebElement csv = driver.findElement(By.id(id));
		WebElement xlsx = driver.findElement(By.id(id + "-xlsx"));
		Matcher words = Pattern.compile("Download (?:these ([\\d,]+) |this )" + noun.replaceAll("s$", "") + "s? as CSV")
			.matcher(csv.getText());
		assertThat(words.matches()).as(csv.getText()).isTrue();
		int count = (words.group(1) != null) ? Integer.parseInt(words.group(1).replace(",", "")) : 1;
		assertThat(xlsx.getText()).endsWith("as Excel (.xlsx)");
		assertThat(csv.getAttribute("href")).contains(filter);
		assertThat(xlsx.getAttribute("href")).contains(filter).endsWith("format=xlsx");

		HttpResponse<byte[]> text = Browser.fetch(driver, base(), csv.getAttribute("href"));
		assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String body = new String(text.body(), StandardCharsets.UTF_8);
		assertThat(body.split("\r\n")).as("a header and every row").hasSize(count + 1);

		HttpResponse<byte[]> sheet = Browser.fetch(driver, base(), xlsx.getAttribute("href"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("every row under the header").isEqualTo(count);
		}
		return count;
	}

}
