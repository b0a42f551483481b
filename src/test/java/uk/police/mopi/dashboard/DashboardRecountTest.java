package uk.police.mopi.dashboard;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of the dashboard API equals a recount of the assessments API on the same
 * date, and the dashboard page and its drill-down show the same numbers.
 */
@PortalTest
class DashboardRecountTest {

	private static final String[] LEVELS = { "NOT_ASSESSED", "NOT_MET", "FAIR", "GOOD", "EXCELLENT" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private UserService users;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "2008-09-30", "2007-03-31", "2006-12-31" })
	void shouldEqualARecountOfTheAssessmentsApi(String date) throws Exception {
		JsonNode dashboard = read("/api/v1/dashboard?asAt=" + date);
		JsonNode assessments = read("/api/v1/assessments?asAt=" + date);
		Map<String, Integer> overall = new HashMap<>();
		Map<String, Map<String, Integer>> byArea = new HashMap<>();
		int applicable = 0;
		for (JsonNode cell : assessments) {
			if (!cell.get("applicable").asBoolean()) {
				continue;
			}
			applicable++;
			String level = cell.get("level").asString();
			overall.merge(level, 1, Integer::sum);
			byArea.computeIfAbsent(cell.get("area").asString(), (a) -> new HashMap<>()).merge(level, 1, Integer::sum);
		}
		assertThat(dashboard.get("asAt").asString()).isEqualTo(date);
		assertThat(dashboard.get("applicableCells").asInt()).isEqualTo(applicable).isPositive();
		for (String level : LEVELS) {
			assertThat(dashboard.get("byLevel").get(level).asInt()).as(level).isEqualTo(overall.getOrDefault(level, 0));
		}
		assertThat(dashboard.get("atLeastFair").asInt()).isEqualTo(overall.getOrDefault("FAIR", 0)
				+ overall.getOrDefault("GOOD", 0) + overall.getOrDefault("EXCELLENT", 0));
		assertThat(dashboard.get("excellent").asInt()).isEqualTo(overall.getOrDefault("EXCELLENT", 0));
		assertThat(dashboard.get("byArea").properties()).hasSize(byArea.size());
		byArea.forEach((area, counts) -> {
			for (String level : LEVELS) {
				assertThat(dashboard.get("byArea").get(area).get("byLevel").get(level).asInt()).as(area + " " + level)
					.isEqualTo(counts.getOrDefault(level, 0));
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-09-30", "2007-03-31" })
	void shouldShowTheSameFiguresOnThePageAndInTheDrillDown(String date) throws Exception {
		JsonNode dashboard = read("/api/v1/dashboard?asAt=" + date);
		int fair = dashboard.get("atLeastFair").asInt();
		int applicable = dashboard.get("applicableCells").asInt();
		var board = user(this.users.loadUserByUsername("board"));
		this.mvc.perform(get("/dashboard?asAt=" + date).with(board))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString(String.format("%,d of %,d applicable assessments", fair, applicable))));
		this.mvc.perform(get("/dashboard/cells?atLeast=FAIR&asAt=" + date).with(board))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(String.format("%,d assessments", fair))));
		int custodyGood = dashboard.get("byArea").get("CUS").get("byLevel").get("GOOD").asInt();
		this.mvc.perform(get("/dashboard/cells?area=CUS&level=GOOD&asAt=" + date).with(board))
			.andExpect(content().string(containsString(String.format("%,d assessments", custodyGood))));
	}

	/**
	 * Every count in the by-area and by-section tables links to a list of exactly that
	 * many assessments.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2008-09-30", "2007-03-31" })
	void shouldLinkEveryCountToThatManyAssessments(String date) throws Exception {
		var board = user(this.users.loadUserByUsername("board"));
		String page = page("/dashboard?asAt=" + date);
		java.util.regex.Matcher links = java.util.regex.Pattern
			.compile("href=\"(/dashboard/cells\\?[^\"]+)\">([\\d,]+)[ <]")
			.matcher(page.substring(page.indexOf("id=\"by-area\""), page.indexOf("id=\"budget\"")));
		int checked = 0;
		while (links.find()) {
			String href = links.group(1).replace("&amp;", "&");
			assertThat(href).contains("asAt=" + date);
			int count = Integer.parseInt(links.group(2).replace(",", ""));
			if (checked++ % 3 == 0 || count == 0) {
				this.mvc.perform(get(href).with(board))
					.andExpect(content().string(containsString(String.format(">%,d assessments<", count))));
			}
		}
		assertThat(checked).as("links in the two tables").isGreaterThanOrEqualTo((23 + 12) * 8);
	}

	/**
	 * The milestone and project counts link to lists of exactly that many: overdue and
	 * due-soon milestones as at the date, projects by RAG; for an area owner, of the
	 * projects touching their areas, as on every delivery page.
	 */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "board, 2008-09-30", "board, 2007-03-31",
			"owner.custody, 2008-09-30", "owner.custody, 2007-03-31" })
	void shouldLinkMilestoneAndProjectCountsToThatMany(String username, String date) throws Exception {
		String page = page(username, "/dashboard?asAt=" + date);
		java.util.regex.Matcher links = java.util.regex.Pattern
			.compile("href=\"(/(?:milestones|projects)\\?[^\"]+)\">(\\d+) (?:milestones|projects)")
			.matcher(page);
		int checked = 0;
		while (links.find()) {
			String list = page(username, links.group(1).replace("&amp;", "&"));
			String table = list.contains("<tbody") ? list.substring(list.indexOf("<tbody"), list.indexOf("</tbody>"))
					: "";
			assertThat(table.split("<tr", -1).length - 1).as(links.group(1))
				.isEqualTo(Integer.parseInt(links.group(2)));
			checked++;
		}
		assertThat(checked).as("overdue, due soon and three RAG counts").isEqualTo(5);
	}

	/**
	 * "What changed since" starts at the last Investment Board decision before the date.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2008-09-30", "2007-03-31" })
	void shouldOfferTheChangesSinceTheLastBoard(String date) throws Exception {
		String lastBoard = this.jdbc.queryForObject(
				"select max(decided_on)::text from board_decision where decided_on < cast(? as date)", String.class,
				date);
		assertThat(lastBoard).isNotNull();
		assertThat(page("/dashboard?asAt=" + date))
			.containsPattern("id=\"from\" name=\"from\" aria-describedby=\"from-hint\" value=\"" + lastBoard + "\"");
	}

	/** A page as the Board member sees it. */
	private String page(String path) throws Exception {
		return page("board", path);
	}

	private String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private JsonNode read(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path).with(httpBasic("board", "mopi-demo-2007")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
