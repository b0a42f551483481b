package uk.police.mopi.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PasswordChange;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files attached to evidence, on pages and in the API: they come back byte for byte,
 * their type is read from their bytes, over-large files are refused cleanly, and only
 * people who may read (or add to) the assessment download (or upload).
 */
@PortalTest
@Transactional
class EvidenceFilesTest {

	private static final String CELL = "/assessments/RRD-07/CUS";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EvidenceLimits limits;

	@BeforeEach
	void ownerOfAnotherArea() {
		UserView other = this.users.create(
				new NewUser("owner.other", "Other Owner", "a-long-enough-password", Role.AREA_OWNER, Set.of("MIS")),
				"evidence-files-test");
		this.users.changeOwnPassword(other.id(), new PasswordChange("a-long-enough-password",
				"correct horse battery staple", "correct horse battery staple"), null);
	}

	@Test
	void shouldGiveBackTheUploadedPdfByteForByteAsAnAttachment() throws Exception {
		byte[] pdf = SampleFiles.pdf("Review log dip sample, Custody, September 2008", "2008-09-29");
		upload(as("owner.custody"), new MockMultipartFile("file", "dip sample é.pdf", "application/pdf", pdf))
			.andExpect(status().is3xxRedirection());
		long id = latestEvidenceId();
		MvcResult download = this.mvc.perform(get(CELL + "/evidence/" + id + "/file").with(as("board")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''dip%20sample%20%C3%A9.pdf")))
			.andReturn();
		byte[] back = download.getResponse().getContentAsByteArray();
		assertThat(EvidenceFiles.sha256(back)).isEqualTo(EvidenceFiles.sha256(pdf));
		assertThat(this.jdbc.sql("select file_sha256 from assessment_evidence where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(EvidenceFiles.sha256(pdf));
		this.mvc.perform(get(CELL).with(as("owner.custody")))
			.andExpect(content().string(containsString("/evidence/" + id + "/file")));
	}

	@Test
	void shouldReadTheTypeFromTheBytesNotFromTheNameOrTheBrowser() throws Exception {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		long before = evidenceCount();
		upload(as("owner.custody"), new MockMultipartFile("file", "report.pdf", "application/pdf", exe))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its content was checked")));
		byte[] text = "just words, no PDF".getBytes(StandardCharsets.UTF_8);
		upload(as("owner.custody"), new MockMultipartFile("file", "report.pdf", "application/pdf", text))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its content was checked")));
		assertThat(evidenceCount()).isEqualTo(before);
		byte[] png = SampleFiles.png("CUS");
		upload(as("owner.custody"), new MockMultipartFile("file", "photo.pdf", "application/pdf", png))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select file_type from assessment_evidence where id = :id")
			.param("id", latestEvidenceId())
			.query(String.class)
			.single()).isEqualTo("image/png");
	}

	@Test
	void shouldRefuseAFileOverTheLimitWithAFieldErrorOnThePageAnd413InTheApi() throws Exception {
		byte[] big = padded(this.limits.maxBytes() + 1);
		long before = evidenceCount();
		upload(as("owner.custody"), new MockMultipartFile("file", "big.pdf", "application/pdf", big))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be at most 25 MB")));
		this.mvc
			.perform(multipart("/api/v1" + CELL + "/evidence").file(new MockMultipartFile("file", "big.pdf", null, big))
				.param("title", "Too big")
				.with(as("owner.custody")))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.status").value(413));
		assertThat(evidenceCount()).isEqualTo(before);
	}

	@Test
	void shouldRefuseTheOwnerOfAnotherAreaUploadAndDownload() throws Exception {
		byte[] pdf = SampleFiles.pdf("Custody evidence", "2008-09-29");
		upload(as("owner.custody"), new MockMultipartFile("file", "custody.pdf", null, pdf))
			.andExpect(status().is3xxRedirection());
		long id = latestEvidenceId();
		upload(as("owner.other"), new MockMultipartFile("file", "custody.pdf", null, pdf))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(CELL + "/evidence/" + id + "/file").with(as("owner.other")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1" + CELL + "/evidence/" + id + "/file").with(as("owner.other")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1" + CELL + "/evidence").file(new MockMultipartFile("file", "c.pdf", null, pdf))
				.param("title", "Not mine")
				.with(as("owner.other")))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldListAddAndDownloadThroughTheApiPastThe64KilobyteBodyLimit() throws Exception {
		byte[] pdf = padded(100_000);
		String sha256 = EvidenceFiles.sha256(pdf);
		this.mvc
			.perform(multipart("/api/v1" + CELL + "/evidence")
				.file(new MockMultipartFile("file", "audit report.pdf", "application/octet-stream", pdf))
				.param("title", "Data quality audit report, Custody, September 2008")
				.with(as("pmo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileType").value("application/pdf"))
			.andExpect(jsonPath("$.fileSize").value(pdf.length))
			.andExpect(jsonPath("$.fileSha256").value(sha256))
			.andExpect(jsonPath("$.fileName").value("audit report.pdf"));
		long id = latestEvidenceId();
		this.mvc.perform(get("/api/v1" + CELL + "/evidence").with(as("owner.custody")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].fileSha256").value(sha256));
		byte[] back = this.mvc.perform(get("/api/v1" + CELL + "/evidence/" + id + "/file").with(as("board")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(EvidenceFiles.sha256(back)).isEqualTo(sha256);
	}

	@Test
	void shouldRefuseATypeOutsideTheListInTheApiNamingTheField() throws Exception {
		this.mvc
			.perform(multipart("/api/v1" + CELL + "/evidence")
				.file(new MockMultipartFile("file", "tool.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 }))
				.param("title", "A program")
				.with(as("pmo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("evidence.file.type"));
	}

	@Test
	void shouldKeepTheFileOfWithdrawnEvidenceOnRecord() throws Exception {
		byte[] pdf = SampleFiles.pdf("Withdrawn", "2008-09-29");
		upload(as("owner.custody"), new MockMultipartFile("file", "w.pdf", null, pdf))
			.andExpect(status().is3xxRedirection());
		long id = latestEvidenceId();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(CELL + "/evidence/" + id + "/remove")
				.with(csrf())
				.with(as("pmo")))
			.andExpect(status().is3xxRedirection());
		byte[] back = this.mvc.perform(get(CELL + "/evidence/" + id + "/file").with(as("pmo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
	}

	@Test
	void shouldCleanTheNameOfAnUploadedFile() {
		assertThat(EvidenceFiles.cleanName("C:\\Users\\me\\..\\report\".pdf")).isEqualTo("report_.pdf");
		assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceFiles.cleanName("a\r\nb.pdf")).isEqualTo("a__b.pdf");
		assertThat(EvidenceFiles.cleanName("")).isEqualTo("evidence");
		assertThat(EvidenceFiles.cleanName("x".repeat(300) + ".pdf")).hasSize(EvidenceFiles.MAX_NAME).endsWith(".pdf");
	}

	private org.springframework.test.web.servlet.ResultActions upload(RequestPostProcessor who, MockMultipartFile file)
			throws Exception {
		return this.mvc.perform(multipart(CELL + "/evidence").file(file)
			.param("evidenceTitle", "Review log dip sample, Custody, September 2008")
			.with(csrf())
			.with(who));
	}

	/** A PDF (by its first bytes) padded with a comment to {@code size} bytes. */
	private static byte[] padded(long size) {
		byte[] bytes = new byte[(int) size];
		java.util.Arrays.fill(bytes, (byte) ' ');
		byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	private long latestEvidenceId() {
		return this.jdbc.sql("select max(id) from assessment_evidence").query(Long.class).single();
	}

	private long evidenceCount() {
		return this.jdbc.sql("select count(*) from assessment_evidence").query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.named(username));
	}

}
