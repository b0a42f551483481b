package uk.police.mopi.board;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.board.DecisionView.Revisit;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decisions register on the demo: decisions recorded against a meeting and its
 * published pack (never a draft), the frozen figures they were made on beside the figures
 * now, and "to be revisited" when something material changed since the pack.
 */
@PortalTest
@Transactional
class DecisionRegisterTest {

	private static final PackFigures.Counts HEADLINE = new PackFigures.Counts(200, 10, 40, 100, 40, 10, 150, 50);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Accounts accounts;

	@Autowired
	private DecisionRegister register;

	@Autowired
	private DecisionRecorder recorder;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private FinanceService finance;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private StatementCounter statements;

	private StoredPacks packs;

	private long meeting;

	private long pack;

	private ProjectView project;

	@BeforeEach
	void publishAPackOfTodaysFigures() {
		this.packs = new StoredPacks(this.jdbc, this.json);
		LocalDate today = this.calendar.today();
		this.meeting = this.packs.meeting(today, "Investment Board (test)");
		this.pack = this.packs.published(this.meeting, StoredPacks.figures(today, this.calendar.fullCompliance(),
				HEADLINE, this.programme.projects(), this.finance.totals(null)));
		this.project = this.programme.projects()
			.stream()
			.filter((p) -> p.rag() != Rag.RED)
			.filter((p) -> p.milestones().stream().anyMatch((m) -> m.status() == MilestoneStatus.PLANNED))
			.filter((p) -> p.milestones()
				.stream()
				.noneMatch((m) -> m.status() != MilestoneStatus.ACHIEVED
						&& m.forecastDate().isAfter(this.calendar.fullCompliance())))
			.findFirst()
			.orElseThrow();
	}

	private DecisionInput input(Long pack, String year, List<String> projects) {
		return new DecisionInput(this.meeting, pack, "Extra analysts for " + this.project.name(), year,
				new BigDecimal("250000.00"), "APPROVED", projects, "Reported to each Board", "MPS Investment Board",
				"");
	}

	private long recordOnThePack() {
		return this.recorder.record(input(this.pack, "2010/11", List.of(this.project.code())),
				this.accounts.programmeTeam());
	}

	private List<Revisit> reasons(long id) {
		return this.register.register(null, null, false)
			.decisions()
			.stream()
			.filter((d) -> d.id() == id)
			.findFirst()
			.orElseThrow()
			.reasons();
	}

	@Test
	void shouldPutEveryDemoDecisionInTheRegisterWithItsMeetingWhoDecidedAndTheProjectsItFunds() throws Exception {
		JsonNode decisions = this.json
			.readTree(this.mvc.perform(get("/api/v1/board-decisions").with(user(this.accounts.board())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		int demo = this.jdbc.queryForObject("select count(*) from board_decision where recorded_by = 'pmo'",
				Integer.class);
		assertThat(decisions).hasSize(demo).isNotEmpty();
		for (JsonNode d : decisions) {
			assertThat(d.get("meetingId").isNull()).as("meeting of %s", d.get("businessCase")).isFalse();
			assertThat(d.get("decidedBy").asString()).isEqualTo("MPS Investment Board (chair: Bernadette Oakes)");
			assertThat(d.get("conditions").asString()).isNotBlank();
			assertThat(d.has("toBeRevisited")).isTrue();
			assertThat(d.get("projects")).isNotEmpty();
		}
	}

	@Test
	void shouldRecordADecisionOnAPublishedPackAndCountItsMoneyAsApproved() throws Exception {
		BigDecimal approvedBefore = approved("2010/11");
		this.mvc
			.perform(post("/board/decisions").with(user(this.accounts.programmeTeam()))
				.with(csrf())
				.param("meetingId", String.valueOf(this.meeting))
				.param("packId", String.valueOf(this.pack))
				.param("businessCase", "Extra analysts")
				.param("financialYear", "2010/11")
				.param("amount", "250000")
				.param("decision", "APPROVED")
				.param("projects", this.project.code())
				.param("conditions", "Reported to each Board")
				.param("decidedBy", "MPS Investment Board"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/board/decisions/*"));
		assertThat(approved("2010/11")).isEqualByComparingTo(approvedBefore.add(new BigDecimal("250000")));
		String page = page("/board/decisions?year=2010/11");
		assertThat(page).contains("Extra analysts").contains(this.project.code()).contains("£250,000.00");
	}

	private BigDecimal approved(String year) {
		return this.finance.totals(year).stream().map(YearTotals::approved).findFirst().orElse(BigDecimal.ZERO);
	}

	@Test
	void shouldRefuseADecisionOnADraftPackWithAClearMessage() throws Exception {
		long draft = this.packs.draft(this.meeting, this.calendar.today());
		assertThatThrownBy(
				() -> this.recorder.record(input(draft, "2010/11", List.of()), this.accounts.programmeTeam()))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems())
				.anyMatch((p) -> p.field().equals("packId") && p.code().equals("decisions.pack.draft")));
		String page = this.mvc
			.perform(post("/board/decisions").with(user(this.accounts.programmeTeam()))
				.with(csrf())
				.param("meetingId", String.valueOf(this.meeting))
				.param("packId", String.valueOf(draft))
				.param("businessCase", "On a draft")
				.param("financialYear", "2010/11")
				.param("amount", "1000")
				.param("decision", "APPROVED")
				.param("decidedBy", "MPS Investment Board"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<title>Error: ").contains("This pack is a draft").contains("href=\"#packId\"");
		assertThat(this.jdbc.queryForObject("select count(*) from board_decision where business_case = 'On a draft'",
				Integer.class))
			.isZero();
	}

	@Test
	void shouldRefuseAPackOfAnotherMeetingAndEveryMissingField() {
		long other = this.packs.meeting(this.calendar.today().minusDays(7), "Finance Committee (test)");
		assertThatThrownBy(() -> this.recorder.record(
				new DecisionInput(other, this.pack, " ", "2010/1", null, "MAYBE", List.of("NO-SUCH"), null, "", null),
				this.accounts.programmeTeam()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field() + ":" + p.code())
						.contains("packId:decisions.pack.otherMeeting", "businessCase:input.required",
								"financialYear:budget.year.invalid", "amount:budget.amount.required",
								"decision:budget.decision.choose", "projects:decisions.projects.unknown",
								"decidedBy:input.required"));
	}

	@Test
	void shouldShowTheFrozenFiguresItWasMadeOnBesideTheFiguresNow() throws Exception {
		long id = recordOnThePack();
		this.jdbc.update("update project set rag_override = 'RED', rag_override_reason = 'test' where code = ?",
				this.project.code());
		String page = page("/board/decisions/" + id);
		assertThat(page).contains("75.0%").contains("25.0%").contains("5.0%");
		String row = page.substring(page.indexOf("id=\"project-" + this.project.code() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">" + rag(this.project.rag()) + "<").contains(">Red<");
		assertThat(page).contains("is now Red; it was not in the pack");
	}

	@Test
	void shouldSayWhenADecisionWasRecordedWithoutAPackAndNeverMarkIt() throws Exception {
		long id = this.jdbc.queryForObject("""
				insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
				                            recorded_at, recorded_by)
				values (?, 'Recorded on the budget page', '2010/11', 1000, 'APPROVED', '', now(), 'test') returning id
				""", Long.class, Date.valueOf(this.calendar.today()));
		this.jdbc.update("update budget_line set forecast = forecast + 99000000 where financial_year = '2010/11'");
		assertThat(reasons(id)).isEmpty();
		assertThat(page("/board/decisions/" + id)).contains("No published pack is recorded for this decision")
			.contains("No meeting recorded");
	}

	private static String rag(Rag rag) {
		return rag.name().charAt(0) + rag.name().substring(1).toLowerCase();
	}

	@Test
	void shouldMarkADecisionToBeRevisitedOnlyOnceAFundedProjectSlipsPastTheDeadlineAfterItsPack() throws Exception {
		long id = recordOnThePack();
		assertThat(reasons(id)).isEmpty();
		assertThat(page("/board/decisions?revisit=true")).doesNotContain("id=\"decision-" + id + "\"");

		String milestone = this.project.milestones()
			.stream()
			.filter((m) -> m.status() == MilestoneStatus.PLANNED)
			.findFirst()
			.orElseThrow()
			.code();
		this.jdbc.update("update milestone set forecast_date = ? where code = ?",
				Date.valueOf(this.calendar.fullCompliance().plusDays(30)), milestone);

		assertThat(reasons(id)).contains(new Revisit(Revisit.MILESTONE_AFTER_DEADLINE, this.project.code()));
		String register = page("/board/decisions?revisit=true");
		assertThat(register).contains("id=\"decision-" + id + "\"")
			.contains("To be revisited")
			.contains(
					"project " + this.project.code() + " now forecasts a milestone after the full-compliance deadline");
		JsonNode api = this.json
			.readTree(this.mvc.perform(get("/api/v1/board-decisions/" + id).with(user(this.accounts.board())))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(api.get("toBeRevisited").asBoolean()).isTrue();
		assertThat(api.get("reasons").get(0).get("code").asString()).isEqualTo("milestone-after-deadline");
		assertThat(api.get("packId").asLong()).isEqualTo(this.pack);
	}

	@Test
	void shouldMarkAnApprovedDecisionWhenItsYearsForecastNowExceedsTheApprovedMoney() {
		long id = recordOnThePack();
		assertThat(reasons(id)).isEmpty();
		this.jdbc.update("update budget_line set forecast = forecast + 99000000 where financial_year = '2010/11'");
		assertThat(reasons(id)).containsExactly(new Revisit(Revisit.FORECAST_OVER_APPROVED, "2010/11"));
	}

	@Test
	void shouldFilterByYearMeetingAndRevisitAndSayWhenNothingMatches() throws Exception {
		long id = recordOnThePack();
		assertThat(page("/board/decisions?meeting=" + this.meeting)).contains("id=\"decision-" + id + "\"")
			.doesNotContain("Funding for the central MoPI programme team");
		assertThat(page("/board/decisions?year=2007/08")).doesNotContain("id=\"decision-" + id + "\"")
			.contains("Funding for the central MoPI programme team");
		assertThat(page("/board/decisions?year=1999/00")).contains("No Board decisions match these filters.");
	}

	@Test
	void shouldLetTheBoardAndAdministratorsReadAndRefuseAreaOwnersForceWideMoney() throws Exception {
		long id = recordOnThePack();
		for (String path : List.of("/board/decisions", "/board/decisions/" + id, "/api/v1/board-decisions")) {
			this.mvc.perform(get(path).with(user(this.accounts.board()))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(user(this.accounts.admin()))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(user(this.accounts.owner()))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/board/decisions/new").with(user(this.accounts.board())))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.recorder.record(input(this.pack, "2010/11", List.of()), this.accounts.board()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void shouldReadTheWholeRegisterInAFixedNumberOfStatements() throws Exception {
		recordOnThePack();
		long before = this.statements.count(() -> this.register.register(null, null, false));
		for (int i = 0; i < 5; i++) {
			recordOnThePack();
		}
		long after = this.statements.count(() -> this.register.register(null, null, false));
		assertThat(after).isEqualTo(before);
		assertThat(before).isLessThanOrEqualTo(8);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
