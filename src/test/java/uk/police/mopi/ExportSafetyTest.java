package uk.police.mopi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.ProjectDetails;
import uk.police.mopi.programme.ProjectStatus;
import uk.police.mopi.programme.Workstream;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.ExportFiles;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An export opens as text, whatever people typed (a hostile cell is an apostrophe-led CSV
 * cell and an Excel string cell, never a formula), and shows a person only what the page
 * shows them: an area owner's exports hold only their areas.
 */
@PortalTest
@Transactional
class ExportSafetyTest {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil\",\"x\")";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private DeliveryService delivery;

	@Test
	void shouldExportAHostileProjectNameAndMilestoneTitleAsText() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		this.delivery.createProject(
				new ProjectDetails("T91", HOSTILE, "For tests", Workstream.TECHNOLOGY, null, null,
						ProjectStatus.IN_PROGRESS, LocalDate.of(2008, 10, 1), LocalDate.of(2010, 6, 30), Set.of("CUS")),
				pmo);
		this.delivery.addMilestone("T91", "T91-M1", HOSTILE, LocalDate.of(2009, 3, 31), pmo);

		assertThat(csvCell("/projects/export", "T91", 1)).isEqualTo("'" + HOSTILE);
		assertThat(csvCell("/milestones/export", "T91-M1", 1)).isEqualTo("'" + HOSTILE);
		assertTextCell("/projects/export?format=xlsx", "T91", 1);
		assertTextCell("/milestones/export?format=xlsx", "T91-M1", 1);
	}

	@Test
	void shouldExportToAnAreaOwnerOnlyTheirAreas() throws Exception {
		PortalUser owner = this.accounts.owner();
		List<CSVRecord> matrix = rows(owner, "/assessments/export");
		assertThat(matrix).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get(4)).as("business area").isIn("CUS", "FORCE"));
		assertThat(rows(this.accounts.programmeTeam(), "/assessments/export")).hasSizeGreaterThan(matrix.size());
		assertThat(rows(owner, "/assessments/export?area=MIS")).as("another area asked for by name").isEmpty();

		List<CSVRecord> projects = rows(owner, "/projects/export");
		assertThat(projects).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get(6).split(" ")).as("business areas").contains("CUS"));
		List<String> codes = projects.stream().map((row) -> row.get(0)).toList();
		assertThat(rows(owner, "/milestones/export"))
			.allSatisfy((row) -> assertThat(row.get(2)).as("project").isIn(with(codes, "Home Office")));
		assertThat(rows(owner, "/budget/export?year=all"))
			.allSatisfy((row) -> assertThat(row.get(1)).as("project").isIn(codes));
		assertThat(rows(owner, "/projects/unplanned-gaps/export"))
			.allSatisfy((row) -> assertThat(row.get(2)).as("business area").isIn("CUS", "FORCE"));
		assertThat(rows(owner, "/delivery/follow-up/export"))
			.allSatisfy((row) -> assertThat(row.get(1)).as("business area").isIn("CUS", "FORCE"));
		assertThat(rows(owner, "/assessments/compare/export"))
			.allSatisfy((row) -> assertThat(row.get(2)).as("business area").isIn("CUS", "FORCE"));
	}

	private static List<String> with(List<String> codes, String more) {
		return java.util.stream.Stream.concat(codes.stream(), java.util.stream.Stream.of(more)).toList();
	}

	/** The rows of a CSV export, without its header. */
	private List<CSVRecord> rows(PortalUser person, String href) throws Exception {
		List<CSVRecord> records = ExportFiles.csv(this.mvc, person, href);
		return records.subList(1, records.size());
	}

	private String csvCell(String href, String code, int column) throws Exception {
		return rows(this.accounts.programmeTeam(), href).stream()
			.filter((row) -> row.get(0).equals(code))
			.findFirst()
			.orElseThrow()
			.get(column);
	}

	private void assertTextCell(String href, String code, int column) throws Exception {
		byte[] xlsx = this.mvc.perform(get(href).with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = null;
			for (Row candidate : workbook.getSheetAt(0)) {
				if (code.equals(candidate.getCell(0).getStringCellValue())) {
					row = candidate;
				}
			}
			assertThat(row).as(code).isNotNull();
			Cell cell = row.getCell(column);
			assertThat(cell.getCellType()).as("a string cell, never a formula").isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo(HOSTILE);
			assertThat(cell.getCellStyle().getQuotePrefixed()).as("kept text when saved as CSV").isTrue();
		}
	}

}
