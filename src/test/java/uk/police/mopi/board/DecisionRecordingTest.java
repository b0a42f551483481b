package uk.police.mopi.board;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording and changing decisions through the API and the pages: 201 and 422 with field
 * errors, a change of a decision as of its version, and "someone changed it first" (409)
 * for a stale one, audited.
 */
@PortalTest
@Transactional
@RecordApplicationEvents
class DecisionRecordingTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Accounts accounts;

	@Autowired
	private DecisionRecorder recorder;

	@Autowired
	private DecisionRegister register;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private FinanceService finance;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private ApplicationEvents events;

	private StoredPacks packs;

	private long meeting;

	private long pack;

	@BeforeEach
	void publishAPack() {
		this.packs = new StoredPacks(this.jdbc, this.json);
		this.meeting = this.packs.meeting(this.calendar.today(), "Investment Board (test)");
		this.pack = this.packs.published(this.meeting,
				StoredPacks.figures(this.calendar.today(), this.calendar.fullCompliance(),
						new PackFigures.Counts(200, 10, 40, 100, 40, 10, 150, 50), this.programme.projects(),
						this.finance.totals(null)));
	}

	private DecisionInput input(String what, List<String> projects) {
		return new DecisionInput(this.meeting, this.pack, what, "2010/11", new BigDecimal("1000.00"), "DEFERRED",
				projects, "", "MPS Investment Board", "");
	}

	@Test
	void shouldRecordThroughTheApiAndRefuseADraftPackWithAFieldError() throws Exception {
		String body = "{\"meetingId\":" + this.meeting + ",\"packId\":" + this.pack
				+ ",\"businessCase\":\"Scanning bureau\",\"financialYear\":\"2009/10\",\"amount\":75000,"
				+ "\"decision\":\"APPROVED\",\"projects\":[\"P01\",\"P02\"],\"conditions\":\"Quarterly report\","
				+ "\"decidedBy\":\"MPS Investment Board\"}";
		JsonNode created = this.json.readTree(
				this.mvc
					.perform(post("/api/v1/board-decisions").with(user(this.accounts.programmeTeam()))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(created.get("packId").asLong()).isEqualTo(this.pack);
		assertThat(created.get("projects").toString()).isEqualTo("[\"P01\",\"P02\"]");
		assertThat(created.get("toBeRevisited").asBoolean()).isFalse();

		long draft = this.packs.draft(this.meeting, this.calendar.today());
		JsonNode refused = this.json.readTree(this.mvc
			.perform(post("/api/v1/board-decisions").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"packId\":" + this.pack, "\"packId\":" + draft)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("packId");
		assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("decisions.pack.draft");
		assertThat(refused.get("errors").get(0).get("message").asString()).startsWith("This pack is a draft");
		this.mvc
			.perform(post("/api/v1/board-decisions").with(user(this.accounts.board()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldChangeADecisionAsOfItsVersionReplacingItsProjectsAndAuditIt() {
		long id = this.recorder.record(input("Licences", List.of("P01")), this.accounts.programmeTeam());
		this.recorder.change(id, 0, input("Licences, with quotes", List.of("P02", "P03")),
				this.accounts.programmeTeam());
		DecisionView changed = this.register.decision(id).orElseThrow();
		assertThat(changed.businessCase()).isEqualTo("Licences, with quotes");
		assertThat(changed.projects()).containsExactly("P02", "P03");
		assertThat(changed.version()).isEqualTo(1);
		assertThat(this.events.stream(AuditEvent.class)
			.filter((e) -> e.action().equals("board-decision.changed") && e.subjectId().equals(String.valueOf(id))))
			.singleElement()
			.satisfies((e) -> assertThat(e.before()).containsEntry("businessCase", "Licences"))
			.satisfies((e) -> assertThat(e.after()).containsEntry("businessCase", "Licences, with quotes"));
	}

	@Test
	void shouldRefuseToMoveADecisionFundingBudgetLinesToAnotherYear() {
		long id = this.recorder.record(input("Licences", List.of()), this.accounts.programmeTeam());
		this.jdbc.update("update budget_line set decision_id = ? where id = (select min(id) from budget_line "
				+ "where financial_year = '2010/11')", id);
		DecisionInput otherYear = new DecisionInput(this.meeting, this.pack, "Licences", "2009/10",
				new BigDecimal("1000.00"), "DEFERRED", List.of(), "", "MPS Investment Board", "");
		assertThatThrownBy(() -> this.recorder.change(id, 0, otherYear, this.accounts.programmeTeam()))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((p) -> assertThat(p.code()).isEqualTo("decisions.year.funded")));
	}

	@Test
	void shouldRefuseAStaleChangeAndShowWhoChangedItFirst() throws Exception {
		long id = this.recorder.record(input("Licences", List.of()), this.accounts.programmeTeam());
		this.recorder.change(id, 0, input("Licences, with quotes", List.of()), this.accounts.programmeTeam());
		assertThatThrownBy(
				() -> this.recorder.change(id, 0, input("Licences again", List.of()), this.accounts.programmeTeam()))
			.isInstanceOf(ConcurrentChangeException.class);
		String page = this.mvc
			.perform(post("/board/decisions/" + id).with(user(this.accounts.programmeTeam()))
				.with(csrf())
				.param("version", "0")
				.param("meetingId", String.valueOf(this.meeting))
				.param("packId", String.valueOf(this.pack))
				.param("businessCase", "Licences again")
				.param("financialYear", "2010/11")
				.param("amount", "1000")
				.param("decision", "DEFERRED")
				.param("decidedBy", "MPS Investment Board"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Licences, with quotes").contains("Licences again");
		assertThat(this.register.decision(id).orElseThrow().businessCase()).isEqualTo("Licences, with quotes");
	}

}
