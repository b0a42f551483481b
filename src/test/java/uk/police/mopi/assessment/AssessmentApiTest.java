package uk.police.mopi.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessments API: reading now and as at a date, changing, and every way a change can
 * fail.
 */
@PortalTest
@Transactional
class AssessmentApiTest {

	private static final String PASSWORD = "mopi-demo-2007";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private AssessmentQueries queries;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldListEveryAssessmentWithItsFields() throws Exception {
		JsonNode all = read(get("/api/v1/assessments"), "board");
		assertThat(all.size()).isEqualTo(this.queries.assessments(null, null, null).size()).isGreaterThan(2900);
		JsonNode first = all.get(0);
		for (String field : List.of("requirement", "area", "applicable", "level", "targetLevel", "targetDate",
				"version", "updatedAt", "updatedBy")) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		JsonNode custodyRrd = read(get("/api/v1/assessments?area=CUS&section=RRD"), "owner.custody");
		assertThat(custodyRrd.size()).isEqualTo(26 - forceWideIn("RRD"));
		custodyRrd.forEach((node) -> assertThat(node.get("area").asString()).isEqualTo("CUS"));
		JsonNode force = read(get("/api/v1/assessments?area=FORCE"), "board");
		force.forEach((node) -> assertThat(node.get("area").asString()).isEqualTo("FORCE"));
	}

	@Test
	void shouldAnswerAsAtAPastDateExactlyAsTheHistorySays() throws Exception {
		LocalDate date = LocalDate.of(2007, 3, 31);
		Instant end = this.calendar.endOf(date);
		JsonNode asAt = read(get("/api/v1/assessments?area=CUS&section=RRD&asAt=2007-03-31"), "board");
		assertThat(asAt.size()).isPositive();
		for (JsonNode node : asAt) {
			String path = "/api/v1/assessments/" + node.get("requirement").asString() + "/CUS/history";
			JsonNode history = read(get(path), "board");
			JsonNode expected = null;
			for (JsonNode row : history) {
				if (Instant.parse(row.get("changedAt").asString()).isBefore(end)) {
					expected = row;
					break;
				}
			}
			assertThat(expected).as(path).isNotNull();
			assertThat(node.get("level").asString()).isEqualTo(expected.get("stateAfter").get("level").asString());
			assertThat(node.get("version").asLong()).isEqualTo(expected.get("versionAfter").asLong());
		}
		this.mvc.perform(get("/api/v1/assessments?asAt=2007-02-30").with(httpBasic("board", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("asAt"));
	}

	@Test
	void shouldChangeAnAssessmentAndReturnItsNewVersion() throws Exception {
		JsonNode current = read(get("/api/v1/assessments/RRD-07/CUS"), "pmo");
		String level = current.get("level").asString().equals("GOOD") ? "EXCELLENT" : "GOOD";
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(httpBasic("pmo", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("level", level, "rationale", "Audit passed", "version",
						current.get("version").asLong(), "targetLevel", "EXCELLENT", "targetDate", "2010-12-31"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value(level))
			.andExpect(jsonPath("$.targetLevel").value("EXCELLENT"))
			.andExpect(jsonPath("$.version").value(current.get("version").asLong() + 1))
			.andExpect(jsonPath("$.updatedBy").value("pmo"));
		this.mvc.perform(get("/api/v1/assessments/RRD-07/CUS/history").with(httpBasic("board", PASSWORD)))
			.andExpect(jsonPath("$[0].kind").value("TARGET"))
			.andExpect(jsonPath("$[1].kind").value("LEVEL"))
			.andExpect(jsonPath("$[1].reason").value("Audit passed"));
	}

	@Test
	void shouldAnswer409WithTheCurrentStateForAStaleVersion() throws Exception {
		JsonNode current = read(get("/api/v1/assessments/RRD-07/CUS"), "pmo");
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(httpBasic("pmo", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("level", "EXCELLENT", "rationale", "x", "version",
						current.get("version").asLong() + 7))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(current.get("version").asLong()))
			.andExpect(jsonPath("$.changedBy").value(current.get("updatedBy").asString()))
			.andExpect(jsonPath("$.changedAt").value(current.get("updatedAt").asString()))
			.andExpect(jsonPath("$.current.level").value(current.get("level").asString()))
			.andExpect(jsonPath("$.yours.level").value("EXCELLENT"));
		this.mvc.perform(get("/api/v1/assessments/RRD-07/CUS").with(httpBasic("pmo", PASSWORD)))
			.andExpect(jsonPath("$.version").value(current.get("version").asLong()))
			.andExpect(jsonPath("$.level").value(current.get("level").asString()));
	}

	@Test
	void shouldAnswerBadInputWithFieldErrorsNeverA500() throws Exception {
		expectFields("{\"level\":\"SUPER\",\"version\":1}", "level");
		expectFields("{\"level\":\"GOOD\"}", "version");
		expectFields("{\"level\":\"GOOD\",\"version\":1,\"targetDate\":\"2010-02-30\",\"targetLevel\":\"GOOD\"}",
				"targetDate");
		expectFields("{\"level\":\"EXCELLENT\",\"version\":" + version() + ",\"rationale\":\"\"}", "rationale");
		expectFields(
				"{\"level\":\"EXCELLENT\",\"version\":" + version() + ",\"rationale\":\"" + "x".repeat(2001) + "\"}",
				"rationale");
		expectFields(
				"{\"level\":\"EXCELLENT\",\"version\":" + version()
						+ ",\"rationale\":\"ok\",\"targetLevel\":\"NOT_MET\",\"targetDate\":\"2010-12-31\"}",
				"targetLevel");
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(httpBasic("pmo", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/v1/assessments/XXX-99/CUS").with(httpBasic("pmo", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"GOOD\",\"version\":0,\"rationale\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldForbidChangesByEveryRoleButTheProgrammeTeam() throws Exception {
		for (String username : List.of("owner.custody", "board", "admin")) {
			this.mvc
				.perform(put("/api/v1/assessments/RRD-07/CUS").with(httpBasic(username, PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"level\":\"EXCELLENT\",\"version\":" + version() + ",\"rationale\":\"x\"}"))
				.andExpect(status().isForbidden());
		}
	}

	private void expectFields(String content, String field) throws Exception {
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(httpBasic("pmo", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(content))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
	}

	private long version() {
		return this.queries.assessment(CellKey.of("RRD-07", "CUS")).orElseThrow().version();
	}

	private long forceWideIn(String section) {
		return this.queries.assessments(null, "FORCE", null)
			.stream()
			.filter((view) -> view.key().requirementCode().startsWith(section + "-"))
			.count();
	}

	private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String username) throws Exception {
		String content = this.mvc.perform(request.with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(content);
	}

	private String body(Map<String, Object> values) {
		return this.json.writeValueAsString(values);
	}

}
