package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the Board reads on the demo, through the budget API and the budget page: 2007/08
 * approved GBP 4,621,000, the sum of that year's approved decisions, with external
 * resources within the GBP 3m cap; every year's approved equal to its approved decisions;
 * and a line beyond the decisions shown with a warning.
 */
@PortalTest
@Transactional
class FundingControlTest {

	private static final Pattern APPROVED_CELL = Pattern
		.compile("id=\"totals-(\\d{4}-\\d{2})\">.*?</th>\\s*<td[^>]*>([^<]*)</td>", Pattern.DOTALL);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Test
	void shouldShowIn2007ApprovedTheCentralTeamsDecisionWithExternalWithinTheCapThroughTheApi() throws Exception {
		JsonNode budget = this.json
			.readTree(this.mvc.perform(get("/api/v1/budget?year=2007/08").with(user(this.accounts.board())))
				.andReturn()
				.getResponse()
				.getContentAsString());
		JsonNode year = budget.get("totals").get(0);
		assertThat(year.get("approved").decimalValue()).isEqualByComparingTo("4621000.00")
			.isEqualByComparingTo(approvedByDecisions().get("2007/08"));
		assertThat(year.get("externalForecast").decimalValue().max(year.get("externalActual").decimalValue()))
			.isLessThanOrEqualTo(new BigDecimal("3000000.00"));
		assertThat(year.get("externalCap").decimalValue()).isEqualByComparingTo("3000000.00");
		assertThat(year.get("warnings")).isEmpty();
		assertThat(budget.get("decisions").get(0).get("lines")).isNotEmpty();
	}

	@Test
	void shouldCallApprovedOnThePageAndInTheApiWhatTheDecisionsApprovedEveryYear() throws Exception {
		Map<String, BigDecimal> decided = approvedByDecisions();
		String page = this.mvc.perform(get("/budget?year=all").with(user(this.accounts.board())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher cells = APPROVED_CELL.matcher(page);
		int years = 0;
		DecimalFormat pounds = new DecimalFormat("£#,##0.00");
		while (cells.find()) {
			String year = cells.group(1).replace('-', '/');
			assertThat(cells.group(2).trim()).as(year).isEqualTo(pounds.format(decided.get(year)));
			years++;
		}
		assertThat(years).isEqualTo(decided.size()).isEqualTo(4);
		JsonNode totals = this.json
			.readTree(this.mvc.perform(get("/api/v1/budget").with(user(this.accounts.board())))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("totals");
		assertThat(totals).hasSize(decided.size());
		totals.forEach((t) -> assertThat(t.get("approved").decimalValue()).as(t.get("financialYear").asString())
			.isEqualByComparingTo(decided.get(t.get("financialYear").asString())));
		assertThat(page).as("every year's lines")
			.contains("Budget lines, every year")
			.contains(">2007/08</td>")
			.contains(">2010/11</td>");
	}

	@Test
	void shouldWarnOfALineBeyondTheDecisionsOnThePageAndInTheApi() throws Exception {
		Long unfunded = this.jdbc.queryForObject("""
				select b.id from budget_line b join board_decision d on d.id = b.decision_id
				where d.decision <> 'APPROVED'
				""", Long.class);
		String page = this.mvc.perform(get("/budget?year=2008/09").with(user(this.accounts.board())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf("id=\"line-" + unfunded + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Unfunded: its decision is not approved");
		assertThat(page).contains("Allocated beyond the decisions: £420,000.00 unfunded");
		JsonNode budget = this.json
			.readTree(this.mvc.perform(get("/api/v1/budget?year=2008/09").with(user(this.accounts.board())))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(budget.get("totals").get(0).get("warnings").toString()).isEqualTo("[\"unfunded\"]");
		List<String> unfundedLines = new java.util.ArrayList<>();
		budget.get("lines").forEach((l) -> {
			if (l.get("unfunded").asBoolean()) {
				unfundedLines.add(l.get("id").asString() + " " + l.get("funding").asString());
			}
		});
		assertThat(unfundedLines).containsExactly(unfunded + " NOT_APPROVED");
		String dashboard = this.mvc.perform(get("/dashboard").with(user(this.accounts.board())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(dashboard).contains("Allocated beyond the decisions: £420,000 unfunded");
	}

	private Map<String, BigDecimal> approvedByDecisions() {
		Map<String, BigDecimal> decided = new java.util.TreeMap<>();
		this.jdbc.query(
				"""
						select financial_year, sum(amount) from board_decision where decision = 'APPROVED' group by financial_year
						""",
				(rs) -> {
					decided.put(rs.getString(1), rs.getBigDecimal(2));
				});
		return decided;
	}

}
