package uk.police.mopi.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a force's own catalogue in the browser: all of a good file, or none of a bad
 * one. Each test rolls back, so the illustrative catalogue stays in force for the other
 * tests.
 */
@PortalTest
@Transactional
class CatalogueImportTest {

	private static final String HEADER = "code,section,title,description,fair,good,excellent,scope\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private CatalogueService catalogue;

	@Test
	void shouldServeTheIllustrativeCatalogueLabelledAsSuch() throws Exception {
		assertThat(this.catalogue.activeVersion()).hasValueSatisfying((version) -> {
			assertThat(version.illustrative()).isTrue();
			assertThat(version.requirementCount()).isEqualTo(200);
		});
		this.mvc.perform(get("/api/v1/requirements").with(httpBasic("board", "mopi-demo-2007")))
			.andExpect(jsonPath("$.length()").value(200))
			.andExpect(jsonPath("$[?(@.code == 'RRD-07')].section").value("RRD"));
		this.mvc.perform(get("/catalogue").with(user(this.users.loadUserByUsername("board"))))
			.andExpect(content().string(containsString("Illustrative")));
	}

	@Test
	void shouldApplyAGoodFileAsTheNewVersionInForce() throws Exception {
		String csv = HEADER + "RRD-01,RRD,Review policy,Force has a review policy,Drafted,Adopted,Audited,AREA\n"
				+ "GOV-01,GOV,Strategy,Force has a strategy,Drafted,Signed off,Measured,FORCE\n";
		this.mvc.perform(upload("Force NFAP", "2007-2", csv))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/catalogue"))
			.andExpect(flash().attribute("success", "import.success"));
		assertThat(this.catalogue.activeVersion()).hasValueSatisfying((version) -> {
			assertThat(version.name()).isEqualTo("Force NFAP");
			assertThat(version.illustrative()).isFalse();
			assertThat(version.requirementCount()).isEqualTo(2);
		});
		assertThat(this.catalogue.requirements()).extracting(RequirementView::code).containsExactly("GOV-01", "RRD-01");
		assertThat(this.catalogue.versions()).hasSize(2).filteredOn(CatalogueVersionView::active).hasSize(1);
	}

	@Test
	void shouldApplyNothingOfAFileWithAnyBadRowAndListEveryProblem() throws Exception {
		String csv = HEADER + "RRD-01,RRD,Good row,D,F,G,E,AREA\n" + "RRD-01,RRD,Duplicate,D,F,G,E,AREA\n"
				+ "XYZ-01,XYZ,Unknown section,D,F,G,E,AREA\n" + "RRD-03,RRD,No excellent,D,F,G,,AREA\n";
		this.mvc.perform(upload("Force NFAP", "2007-3", csv))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Code RRD-01 is used again")))
			.andExpect(content().string(containsString("Section &quot;XYZ&quot; is not known")))
			.andExpect(content().string(containsString("The excellent is missing")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		assertThat(this.catalogue.versions()).hasSize(1);
		assertThat(this.catalogue.requirements()).hasSize(200);
	}

	@Test
	void shouldRefuseAVersionImportedAlready() throws Exception {
		this.mvc.perform(upload("Illustrative National Force Action Plan", "1", HEADER + "RRD-01,RRD,T,D,F,G,E,AREA\n"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has been imported already")));
	}

	@Test
	void shouldAskForTheFieldsAFormLacks() throws Exception {
		this.mvc
			.perform(multipart("/admin/catalogue").with(csrf())
				.with(user(this.users.loadUserByUsername("admin")))
				.param("name", "")
				.param("versionLabel", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the catalogue&#39;s name")))
			.andExpect(content().string(containsString("The version may use letters")))
			.andExpect(content().string(containsString("Choose a CSV file to import")));
	}

	@Test
	void shouldRejectABinaryFileWithAClearMessage() throws Exception {
		byte[] binary = { (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3 };
		this.mvc
			.perform(multipart("/admin/catalogue")
				.file(new MockMultipartFile("file", "nfap.xlsx", "application/octet-stream", binary))
				.with(csrf())
				.with(user(this.users.loadUserByUsername("admin")))
				.param("name", "Force NFAP")
				.param("versionLabel", "bin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not UTF-8 text")));
	}

	@Test
	void shouldRefuseAFileWhoseNameIsNotAPlainCsvName() throws Exception {
		String csv = HEADER + "RRD-01,RRD,T,D,F,G,E,AREA\n";
		for (String fileName : new String[] { "../../etc/nfap.csv", "nfap.exe", "n\u0000fap.csv",
				"x".repeat(200) + ".csv", "<script>.csv" }) {
			this.mvc.perform(upload("Force NFAP", "named", csv, fileName))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The file name must be at most 100 letters")));
		}
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(String name, String version, String csv) {
		return upload(name, version, csv, "nfap.csv");
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(String name, String version, String csv,
			String fileName) {
		return multipart("/admin/catalogue")
			.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user(this.users.loadUserByUsername("admin")))
			.param("name", name)
			.param("versionLabel", version);
	}

}
