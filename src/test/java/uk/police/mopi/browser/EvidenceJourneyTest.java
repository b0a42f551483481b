package uk.police.mopi.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.police.mopi.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files in a real browser: Custody's owner attaches a PDF to an assessment of
 * their area, sees a program dressed as a PDF refused, and downloads the PDF back with
 * the same SHA-256 (fetched with the browser's own session). axe-core checks every page.
 */
class EvidenceJourneyTest extends BrowserJourney {

	private static final String CELL = "/assessments/SHR-04/CUS";

	@TempDir
	Path folder;

	@Test
	void shouldLetTheCustodyOwnerUploadAPdfAndDownloadItUnchanged() throws Exception {
		byte[] pdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% Review log dip sample, Custody, "
				+ "September 2008\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		Path upload = this.folder.resolve("Dip sample September 2008.pdf");
		Files.write(upload, pdf);
		Path program = this.folder.resolve("report.pdf");
		Files.write(program, new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });

		Browser.signIn(driver, base(), "owner.custody", DemoAccounts.PASSWORD);
		open(CELL);
		Browser.assertAccessible(driver);

		addEvidence("A program, not a PDF", program);
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("its content was checked");
		Browser.assertAccessible(driver);

		addEvidence("Review log dip sample, Custody, September 2008", upload);
		assertThat(driver.getTitle()).doesNotStartWith("Error: ");
		WebElement link = driver.findElement(By.xpath("//a[contains(@class,'portal-evidence-file')]"
				+ "[contains(normalize-space(), 'Dip sample September 2008.pdf')]"));
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "evidence-uploaded");

		HttpResponse<byte[]> download = Browser.fetch(driver, base(), link.getAttribute("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(Browser.sha256(download.body())).isEqualTo(Browser.sha256(pdf));

		Path big = this.folder.resolve("big.pdf");
		Files.write(big, java.util.Arrays.copyOf(pdf, 27 * 1024 * 1024));
		addEvidence("Too big", big);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The file is too large");
		assertThat(driver.getPageSource()).contains("at most 25 MB");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);
	}

	@Test
	void shouldAnswerAnOverLargeApiUploadWith413ProblemJson() throws Exception {
		String boundary = "evidence-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nToo big\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 27 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		String basic = java.util.Base64.getEncoder()
			.encodeToString(
					("owner.custody:" + DemoAccounts.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1" + CELL + "/evidence"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private void addEvidence(String title, Path file) {
		open(CELL);
		driver.findElement(By.id("evidenceTitle")).sendKeys(title);
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		Browser.navigate(driver, By.cssSelector("#evidence-form button[type=submit]"));
	}

}
