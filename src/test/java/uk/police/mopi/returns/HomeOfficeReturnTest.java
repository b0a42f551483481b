package uk.police.mopi.returns;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.DashboardService;
import uk.police.mopi.dashboard.LevelCounts;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Home Office return on the demo force: every requirement, the force's level as the
 * lowest of its applicable areas, the evidence flag, counts that agree with the
 * dashboard, its formats, and its freezing on submission.
 */
@PortalTest
@Transactional
class HomeOfficeReturnTest {

	private static final LocalDate FAIR_MILESTONE = LocalDate.of(2007, 3, 31);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private HomeOfficeReturns returns;

	@Autowired
	private ReturnBuilder builder;

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldListEveryRequirementOfTheCatalogueAsAtTheFairMilestone() {
		HomeOfficeReturn r = this.returns.homeOffice(FAIR_MILESTONE);
		int catalogue = this.jdbc.queryForObject("""
				select count(*) from requirement q join catalogue_version v on v.id = q.catalogue_version_id
				where v.active""", Integer.class);
		assertThat(r.requirements()).hasSize(200).hasSize(catalogue);
		assertThat(r.counts().requirements()).isEqualTo(200);
		assertThat(r.layoutVersion()).isEqualTo(HomeOfficeReturn.LAYOUT_VERSION);
		assertThat(r.forceCode()).isEqualTo("ILLUSTRATIVE-00");
		assertThat(r.declaration().code()).isEqualTo("FAIR_IN_PRIORITY_AREAS");
		assertThat(r.declaration().dueDate()).isEqualTo(this.calendar.fairInPriorityAreas());
		assertThat(r.declaration().statement())
			.isEqualTo("Fair compliance in the priority business areas by 31 March 2007");
	}

	@Test
	void shouldCountWhatTheDashboardCountsAsAtTheSameDate() throws Exception {
		for (LocalDate date : List.of(FAIR_MILESTONE, LocalDate.of(2006, 12, 31), this.calendar.today())) {
			HomeOfficeReturn r = this.returns.homeOffice(date);
			DashboardService.Compliance compliance = this.dashboard.compliance(date);
			Map<String, int[]> byArea = new HashMap<>();
			int[] overall = new int[4];
			for (HomeOfficeReturn.AreaLine line : r.areas()) {
				if (line.applicable()) {
					tally(overall, line.level());
					tally(byArea.computeIfAbsent(line.areaCode(), (a) -> new int[4]), line.level());
				}
			}
			assertThat(overall).as("recount of the area rows as at " + date)
				.containsExactly(counts(compliance.overall()));
			assertThat(overall[0]).isPositive();
			assertThat(new int[] { r.counts().applicableCells(), r.counts().atLeastFair(), r.counts().atLeastGood(),
					r.counts().excellent() })
				.containsExactly(overall);
			assertThat(byArea.keySet()).isEqualTo(compliance.byArea().keySet());
			byArea.forEach((area, counts) -> assertThat(counts).as(area + " as at " + date)
				.containsExactly(counts(compliance.byArea().get(area))));
		}
		JsonNode api = read("/api/v1/dashboard?asAt=2007-03-31");
		JsonNode ret = read("/api/v1/returns/home-office?asAt=2007-03-31").get("counts");
		for (String name : List.of("applicableCells", "atLeastFair", "atLeastGood", "excellent")) {
			assertThat(ret.get(name).asInt()).as(name).isEqualTo(api.get(name).asInt());
		}
	}

	@Test
	void shouldGiveTheLowestLevelOfTheApplicableAreasAndTheirHighestTarget() {
		HomeOfficeReturn r = this.returns.homeOffice(FAIR_MILESTONE);
		Map<String, List<HomeOfficeReturn.AreaLine>> byRequirement = new HashMap<>();
		r.areas()
			.forEach((l) -> byRequirement.computeIfAbsent(l.requirementCode(), (c) -> new java.util.ArrayList<>())
				.add(l));
		int mixed = 0;
		for (HomeOfficeReturn.RequirementLine line : r.requirements()) {
			List<HomeOfficeReturn.AreaLine> applicable = byRequirement.getOrDefault(line.requirementCode(), List.of())
				.stream()
				.filter(HomeOfficeReturn.AreaLine::applicable)
				.toList();
			String lowest = applicable.stream()
				.map((l) -> ComplianceLevel.valueOf(l.level()))
				.min(Enum::compareTo)
				.map(Enum::name)
				.orElse("NOT_APPLICABLE");
			assertThat(line.forceLevel()).as(line.requirementCode()).isEqualTo(lowest);
			assertThat(line.applicableAreas()).isEqualTo(applicable.size());
			mixed += (applicable.stream().map(HomeOfficeReturn.AreaLine::level).distinct().count() > 1) ? 1 : 0;
		}
		assertThat(mixed).as("requirements whose areas differ, where the rule matters").isPositive();

		String requirement = perArea();
		setEveryApplicableArea(requirement, "GOOD");
		setLevel(requirement, "CUS", "FAIR");
		assertThat(line(this.builder.build(this.calendar.today()), requirement).forceLevel()).isEqualTo("FAIR");
		setLevel(requirement, "MIS", "NOT_MET");
		assertThat(line(this.builder.build(this.calendar.today()), requirement).forceLevel()).isEqualTo("NOT_MET");
	}

	@Test
	void shouldFlagEvidenceOnlyWhenEveryAssessmentAtFairOrAboveHoldsEvidence() {
		HomeOfficeReturn r = this.builder.build(this.calendar.today());
		for (HomeOfficeReturn.RequirementLine line : r.requirements()) {
			List<HomeOfficeReturn.AreaLine> atFair = r.areas()
				.stream()
				.filter((l) -> l.requirementCode().equals(line.requirementCode()) && l.applicable()
						&& !ComplianceLevel.valueOf(l.level()).isBelow(ComplianceLevel.FAIR))
				.toList();
			assertThat(line.evidence()).as(line.requirementCode())
				.isEqualTo(!atFair.isEmpty() && atFair.stream().allMatch((l) -> l.evidenceItems() > 0));
		}
		java.util.Map<String, Object> cell = this.jdbc.queryForMap("""
				select a.requirement_code, a.area_code from assessment a
				join assessment_evidence e on e.assessment_id = a.id and e.removed_at is null
				where a.applicable and a.area_code is not null order by a.requirement_code, a.area_code limit 1
				""");
		String requirement = (String) cell.get("requirement_code");
		String area = (String) cell.get("area_code");
		setEveryApplicableArea(requirement, "NOT_MET");
		setLevel(requirement, area, "FAIR");
		assertThat(line(this.builder.build(this.calendar.today()), requirement).evidence())
			.as("the one assessment at Fair holds evidence")
			.isTrue();
		this.jdbc.update("""
				update assessment_evidence set removed_at = ?, removed_by = 'test' where removed_at is null
				  and assessment_id = (select id from assessment where requirement_code = ? and area_code = ?)
				""", java.sql.Timestamp.from(this.calendar.now()), requirement, area);
		assertThat(line(this.builder.build(this.calendar.today()), requirement).evidence()).as("its evidence withdrawn")
			.isFalse();
		setEveryApplicableArea(requirement, "NOT_MET");
		assertThat(line(this.builder.build(this.calendar.today()), requirement).evidence())
			.as("nothing at Fair: nothing to evidence")
			.isFalse();
	}

	@Test
	void shouldNeutraliseHostileTextInCsvAndKeepItTextInExcel() throws Exception {
		this.jdbc.update("update requirement set title = '=HYPERLINK(\"http://evil\",\"x\")' where code = 'RRD-07'");
		String csv = download("/api/v1/returns/home-office?asAt=2007-03-31&format=csv").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("layout_version,force_code,as_at,requirement_code,requirement_title,")
			.contains("'=HYPERLINK")
			.doesNotContain(",\"=HYPERLINK");
		assertThat(csv.lines()).hasSize(201);
		byte[] xlsx = download("/api/v1/returns/home-office?asAt=2007-03-31&format=xlsx").getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("Return", "Areas", "Declaration");
			Sheet sheet = workbook.getSheet("Return");
			assertThat(sheet.getLastRowNum()).isEqualTo(200);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("layout_version");
			Row rrd07 = null;
			for (Row row : sheet) {
				if ("RRD-07".equals(row.getCell(3).getStringCellValue())) {
					rrd07 = row;
				}
			}
			Cell title = rrd07.getCell(4);
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(workbook.getSheet("Areas").getLastRowNum())
				.isEqualTo(this.returns.homeOffice(FAIR_MILESTONE).areas().size());
			assertThat(workbook.getSheet("Declaration").getRow(1).getCell(3).getStringCellValue())
				.isEqualTo("FAIR_IN_PRIORITY_AREAS");
		}
	}

	@Test
	void shouldReadTheSameInEveryFormatAfterSubmissionWhateverTheLiveDataDoes() throws Exception {
		String[] paths = { "/api/v1/returns/home-office?asAt=2007-03-31&format=csv",
				"/api/v1/returns/home-office?asAt=2007-03-31&format=csv&table=areas",
				"/api/v1/returns/home-office?asAt=2007-03-31&format=csv&table=declaration",
				"/api/v1/returns/home-office?asAt=2007-03-31" };
		this.mvc.perform(post("/api/v1/returns/home-office?asAt=2007-03-31").with(pmo()))
			.andExpect(status().isCreated());
		String[] before = new String[paths.length];
		for (int i = 0; i < paths.length; i++) {
			before[i] = download(paths[i]).getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		HomeOfficeReturn frozen = this.returns.homeOffice(FAIR_MILESTONE);
		assertThat(frozen.submission()).isNotNull();
		assertThat(frozen.declaration().declaredBy()).isEqualTo("pmo");
		String requirement = frozen.areas()
			.stream()
			.filter((l) -> "CUS".equals(l.areaCode()) && l.applicable() && !"EXCELLENT".equals(l.level()))
			.findFirst()
			.orElseThrow()
			.requirementCode();
		setLevelAt(requirement, "CUS", "EXCELLENT", "2007-03-01");
		this.jdbc.update("update requirement set title = 'Changed since' where code = ?", requirement);

		assertThat(line(this.builder.build(FAIR_MILESTONE), requirement).title()).as("the live data did change")
			.isEqualTo("Changed since");
		for (int i = 0; i < paths.length; i++) {
			assertThat(download(paths[i]).getResponse().getContentAsString(StandardCharsets.UTF_8)).as(paths[i])
				.isEqualTo(before[i]);
		}
		assertThat(this.returns.homeOffice(FAIR_MILESTONE)).isEqualTo(frozen);
		assertThat(before[0]).doesNotContain("Changed since");
		this.mvc.perform(post("/api/v1/returns/home-office?asAt=2007-03-31").with(pmo()))
			.andExpect(status().isUnprocessableContent());
		JsonNode list = read("/api/v1/returns");
		List<String> dates = new java.util.ArrayList<>();
		list.forEach((s) -> dates.add(s.get("asAt").asString()));
		assertThat(dates).containsOnlyOnce("2007-03-31");
	}

	@Test
	void shouldRefuseABadDateOrFormatWith422() throws Exception {
		for (String query : List.of("asAt=2007-02-30", "asAt=31/03/2007", "asAt=2007-03-31&format=pdf",
				"asAt=2007-03-31&format=csv&table=secret", "asAt=2099-01-01")) {
			this.mvc.perform(get("/api/v1/returns/home-office?" + query).with(board()))
				.andExpect(status().isUnprocessableContent());
		}
		this.mvc.perform(post("/api/v1/returns/home-office").with(pmo())).andExpect(status().isUnprocessableContent());
	}

	@Test
	void shouldLetTheBoardReadButNotSubmitAndRefuseAreaOwners() throws Exception {
		this.mvc.perform(get("/api/v1/returns/home-office?asAt=2007-03-31").with(board())).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/returns/home-office?asAt=2007-03-31").with(board()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/returns/home-office?asAt=2007-03-31")
				.with(httpBasic("owner.custody", DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/returns/home-office?asAt=2007-03-31").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(this.returns.submitted()).noneMatch((s) -> s.asAt().equals(FAIR_MILESTONE));
	}

	private static void tally(int[] counts, String level) {
		counts[0]++;
		ComplianceLevel l = ComplianceLevel.valueOf(level);
		counts[1] += l.isBelow(ComplianceLevel.FAIR) ? 0 : 1;
		counts[2] += l.isBelow(ComplianceLevel.GOOD) ? 0 : 1;
		counts[3] += (l == ComplianceLevel.EXCELLENT) ? 1 : 0;
	}

	private static int[] counts(LevelCounts counts) {
		return new int[] { counts.applicableCells(), counts.atLeastFair(), counts.atLeastGood(), counts.excellent() };
	}

	private static HomeOfficeReturn.RequirementLine line(HomeOfficeReturn r, String code) {
		return r.requirements().stream().filter((l) -> l.requirementCode().equals(code)).findFirst().orElseThrow();
	}

	/** A requirement assessed per area that applies in Custody and Missing Persons. */
	private String perArea() {
		return this.jdbc.queryForObject("""
				select requirement_code from assessment where area_code in ('CUS', 'MIS') and applicable
				group by requirement_code having count(*) = 2 order by requirement_code limit 1""", String.class);
	}

	private void setEveryApplicableArea(String requirement, String level) {
		for (String area : this.jdbc.queryForList(
				"select area_code from assessment where requirement_code = ? and area_code is not null and applicable",
				String.class, requirement)) {
			setLevel(requirement, area, level);
		}
	}

	private void setLevel(String requirement, String area, String level) {
		setLevelAt(requirement, area, level, null);
	}

	/** A level recorded in the history at a date (now when null), as a change would. */
	private void setLevelAt(String requirement, String area, String level, String date) {
		java.sql.Timestamp at = (date != null) ? java.sql.Timestamp.valueOf(date + " 12:00:00")
				: java.sql.Timestamp.from(this.calendar.now());
		this.jdbc.update("""
				insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable,
				    target_level, target_date, version)
				select id, 'LEVEL', ?, 'test', 'test', ?, true, target_level, target_date, version + 1
				from assessment where requirement_code = ? and area_code = ?
				""", at, level, requirement, area);
		this.jdbc.update(
				"update assessment set level = ?, version = version + 1 where requirement_code = ? and area_code = ?",
				level, requirement, area);
	}

	private MvcResult download(String path) throws Exception {
		return this.mvc.perform(get(path).with(board())).andExpect(status().isOk()).andReturn();
	}

	private JsonNode read(String path) throws Exception {
		return this.json.readTree(download(path).getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor board() {
		return httpBasic("board", DemoAccounts.PASSWORD);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor pmo() {
		return httpBasic("pmo", DemoAccounts.PASSWORD);
	}

}
