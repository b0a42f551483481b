package uk.police.mopi.board;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "done when": as the programme team, a pack for today is drafted, published
 * and downloaded as PDF and Excel; the PDF's text and the workbook's evaluated formulas
 * carry the headline of {@code GET /api/v1/dashboard}; after an assessment changes, both
 * downloads still carry the old headline and the dashboard the new.
 */
@PortalTest
@Transactional
class BoardPackFormatsTest {

	/**
	 * The headline's measures: the dashboard API's names and the pack's words for them.
	 */
	private static final Map<String, String> MEASURES = new LinkedHashMap<>();

	static {
		MEASURES.put("applicableCells", "Applicable");
		MEASURES.put("atLeastFair", "Fair or better");
		MEASURES.put("atLeastGood", "Good or better");
		MEASURES.put("excellent", "Excellent");
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCarryTheDashboardsHeadlineInThePdfAndTheWorkbookAndKeepItAfterAChange() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		String created = this.mvc
			.perform(post("/api/v1/board-packs").with(user(pmo))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"meetingDate\":\"2008-09-30\",\"title\":\"Board pack for today\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(post("/api/v1/board-packs/" + id + "/publish").with(user(pmo))).andExpect(status().isOk());
		Map<String, Integer> dashboard = headline(dashboard());
		assertThat(dashboard.get("applicableCells")).isPositive();

		assertThat(pdfHeadline(id)).isEqualTo(dashboard);
		assertThat(workbookHeadline(id)).isEqualTo(dashboard);

		int changed = this.jdbc.update("""
				update assessment set level = 'EXCELLENT'
				where id = (select id from assessment where applicable and level in ('NOT_MET', 'NOT_ASSESSED')
				            order by id limit 1)
				""");
		assertThat(changed).isEqualTo(1);
		Map<String, Integer> now = headline(dashboard());
		assertThat(now.get("excellent")).isEqualTo(dashboard.get("excellent") + 1);
		assertThat(pdfHeadline(id)).isEqualTo(dashboard);
		assertThat(workbookHeadline(id)).isEqualTo(dashboard);
	}

	@Test
	void shouldRefuseAnAreaOwnerThePacksFiles() throws Exception {
		this.mvc.perform(get("/api/v1/board-packs/1/pack.pdf").with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/board/packs/1/pack.xlsx").with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());
	}

	private String dashboard() throws Exception {
		return this.mvc.perform(get("/api/v1/dashboard").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Map<String, Integer> headline(String json) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		MEASURES.keySet().forEach((name) -> counts.put(name, JsonPath.read(json, "$." + name)));
		return counts;
	}

	/**
	 * The headline as the PDF's extracted text says it: each measure's words, then its
	 * count.
	 */
	private Map<String, Integer> pdfHeadline(long id) throws Exception {
		byte[] pdf = download("/api/v1/board-packs/" + id + "/pack.pdf", "application/pdf");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		MEASURES.forEach((name, words) -> {
			var matcher = Pattern.compile("(?m)^" + Pattern.quote(words) + "\\s+(\\d+)\\s+\\d+%").matcher(text);
			assertThat(matcher.find()).as("'%s' and its count in the PDF's text", words).isTrue();
			counts.put(name, Integer.parseInt(matcher.group(1)));
		});
		return counts;
	}

	/**
	 * The headline as the workbook's Summary sheet computes it: every formula of the
	 * workbook is evaluated, and the first row of formulas is the whole force's.
	 */
	private Map<String, Integer> workbookHeadline(long id) throws Exception {
		byte[] xlsx = download("/board/packs/" + id + "/pack.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			evaluator.clearAllCachedResultValues();
			evaluator.evaluateAll();
			assertForceWideRowsNamed(workbook);
			Sheet summary = workbook.getSheetAt(0);
			for (Row row : summary) {
				Cell first = row.getCell(2);
				if (first != null && first.getCellType() == CellType.FORMULA) {
					Map<String, Integer> counts = new LinkedHashMap<>();
					int column = 2;
					for (String name : MEASURES.keySet()) {
						Cell cell = row.getCell(column++);
						assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
						counts.put(name, (int) evaluator.evaluate(cell).getNumberValue());
					}
					return counts;
				}
			}
		}
		throw new AssertionError("no formulas on the workbook's summary sheet");
	}

	/** The force-wide rows (area FORCE) carry a name on every sheet, never a blank. */
	private static void assertForceWideRowsNamed(XSSFWorkbook workbook) {
		int found = 0;
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				Cell code = row.getCell(0);
				if (code != null && code.getCellType() == CellType.STRING && "FORCE".equals(code.getStringCellValue())
						&& row.getCell(1) != null && row.getCell(1).getCellType() != CellType.NUMERIC) {
					assertThat(row.getCell(1).getStringCellValue()).as("%s's force-wide row", sheet.getSheetName())
						.isNotBlank();
					found++;
				}
			}
		}
		assertThat(found).as("force-wide rows on the summary and by-area sheets").isGreaterThanOrEqualTo(2);
	}

	private byte[] download(String path, String type) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", type))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
