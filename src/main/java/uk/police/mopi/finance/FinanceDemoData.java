package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.DemoData;

/**
 * Demo data only: budget lines for every demo project and financial year from 2006/07 to
 * 2010/11, the 2007/08 central programme team case (GBP 4.621m approved by the Investment
 * Board on 19 February 2007, external resources at most GBP 3m) and the Board's later
 * decisions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class FinanceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);

	private static final LocalDate DEMO_TODAY = LocalDate.of(2008, 9, 30);

	private final DemoData demoData;

	private final JdbcTemplate jdbc;

	FinanceDemoData(DemoData demoData, JdbcTemplate jdbc) {
		this.demoData = demoData;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled() || this.jdbc.queryForObject("select count(*) from budget_line", Long.class) > 0
				|| this.jdbc.queryForObject("select count(*) from project", Long.class) == 0) {
			return;
		}
		Random random = new Random(2008);
		Timestamp recorded = Timestamp.from(DEMO_TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
		List<Object[]> lines = new ArrayList<>();
		List<Map<String, Object>> projects = this.jdbc
			.queryForList("select id, code, start_date, end_date from project order by code");
		for (Map<String, Object> project : projects) {
			String code = (String) project.get("code");
			LocalDate start = ((Date) project.get("start_date")).toLocalDate();
			LocalDate end = ((Date) project.get("end_date")).toLocalDate();
			for (int year = 2006; year <= 2010; year++) {
				FinancialYear fy = new FinancialYear(year);
				if (fy.lastDay().isBefore(start) || fy.firstDay().isAfter(end)) {
					continue;
				}
				if ("PMO".equals(code) && year == 2007) {
					lines.add(line(project, fy, "INTERNAL", pounds(1_621_000), pounds(1_598_400), pounds(1_598_400)));
					lines.add(line(project, fy, "EXTERNAL", pounds(3_000_000), pounds(2_940_000), pounds(2_940_000)));
					continue;
				}
				BigDecimal internal = pounds(40_000 + random.nextInt(210) * 1_000);
				lines
					.add(line(project, fy, "INTERNAL", internal, vary(internal, random), actual(internal, fy, random)));
				if (random.nextInt(3) > 0 && year != 2007) {
					BigDecimal external = pounds(20_000 + random.nextInt(130) * 1_000);
					lines.add(line(project, fy, "EXTERNAL", external, vary(external, random),
							actual(external, fy, random)));
				}
			}
		}
		for (Object[] line : lines) {
			this.jdbc.update(
					"""
							insert into budget_line (project_id, financial_year, resource_type, approved, forecast, actual, version,
							                         updated_at, updated_by)
							values (?, ?, ?, ?, ?, ?, 0, ?, 'pmo')
							""",
					line[0], line[1], line[2], line[3], line[4], line[5], recorded);
		}
		this.jdbc.update(
				"""
						insert into budget_history (budget_line_id, changed_at, changed_by, reason, approved, forecast, actual)
						select id, ?, 'pmo', 'Budget set from the approved business case', approved, forecast, actual from budget_line
						""",
				recorded);
		this.jdbc.update("insert into external_cap (financial_year, cap, note) values ('2007/08', 3000000.00, ?)",
				"External resources only where internal skills are missing (Investment Board, 19 February 2007)");
		decision(LocalDate.of(2007, 2, 19), "Funding for the central MoPI programme team, 2007/08", "2007/08",
				pounds(4_621_000), "APPROVED",
				"External resources capped at GBP 3m, used only where internal skills are missing.", recorded);
		decision(LocalDate.of(2007, 9, 24), "Full MoPI programme business case: option B (compliance by December 2010)",
				"2008/09", pounds(9_850_000), "APPROVED",
				"Option A (faster, GBP 13.2m) rejected on cost; option C would miss December 2010.", recorded);
		decision(LocalDate.of(2008, 6, 16), "Automated review workflow: additional licences", "2008/09",
				pounds(420_000), "DEFERRED", "Return with supplier quotes to the September Board.", recorded);
		log.info("Demo data: {} budget lines and 3 Investment Board decisions", lines.size());
	}

	private void decision(LocalDate on, String businessCase, String year, BigDecimal amount, String decision,
			String notes, Timestamp recorded) {
		this.jdbc.update("""
				insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
				                            recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, 'pmo')
				""", Date.valueOf(on), businessCase, year, amount, decision, notes, recorded);
	}

	private static Object[] line(Map<String, Object> project, FinancialYear year, String type, BigDecimal approved,
			BigDecimal forecast, BigDecimal actual) {
		return new Object[] { project.get("id"), year.label(), type, approved, forecast, actual };
	}

	private static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	private static BigDecimal vary(BigDecimal approved, Random random) {
		return approved.multiply(BigDecimal.valueOf(90 + random.nextInt(31)))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Spent so far: all of a year that has ended, part of the current one, none of later
	 * ones.
	 */
	private static BigDecimal actual(BigDecimal approved, FinancialYear year, Random random) {
		if (year.lastDay().isBefore(DEMO_TODAY)) {
			return vary(approved, random);
		}
		return year.firstDay().isAfter(DEMO_TODAY) ? BigDecimal.ZERO.setScale(2)
				: approved.multiply(BigDecimal.valueOf(40 + random.nextInt(15)))
					.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

}
