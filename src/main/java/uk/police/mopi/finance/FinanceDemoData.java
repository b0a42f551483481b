package uk.police.mopi.finance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.ProjectDirectory;
import uk.police.mopi.programme.ProjectDirectory.ProjectReference;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Demo data only: budget lines for every demo project and financial year of the
 * programme, the 2007/08 central programme team case (GBP 4.621m approved by the
 * Investment Board on 19 February 2007, external resources at most GBP 3m) and the
 * Board's later decisions. Everything follows the calendar's today
 * ({@code MOPI_DEMO_CLOCK_TODAY}): money is spent only up to today (all of a year that
 * has ended, the share of the months gone in the year holding today, none in later years)
 * and the Board has decided only on dates up to today.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class FinanceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);

	/** The financial year of the central programme team's business case. */
	private static final int CENTRAL_CASE_YEAR = 2007;

	/** The Board's decisions of the demo story: reference data, not code. */
	static final String DECISIONS = "db/demo/board-decisions.csv";

	private final DemoData demoData;

	private final JdbcTemplate jdbc;

	private final ProjectDirectory projects;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	FinanceDemoData(DemoData demoData, JdbcTemplate jdbc, ProjectDirectory projects, ProgrammeCalendar calendar,
			ApplicationEventPublisher events) {
		this.events = events;
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.projects = projects;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled() || this.jdbc.queryForObject("select count(*) from budget_line", Long.class) > 0) {
			return;
		}
		Collection<ProjectReference> all = this.projects.byId().values();
		if (all.isEmpty()) {
			return;
		}
		LocalDate today = this.calendar.today();
		Timestamp recorded = Timestamp.from(today.atTime(9, 0).atZone(this.calendar.zone()).toInstant());
		List<Object[]> lines = lines(all, today);
		for (Object[] line : lines) {
			this.jdbc.update(
					"""
							insert into budget_line (project_id, financial_year, resource_type, approved, forecast, actual, version,
							                         created_at, created_by, updated_at, updated_by)
							values (?, ?, ?, ?, ?, ?, 0, ?, 'pmo', ?, 'pmo')
							""",
					line[0], line[1], line[2], line[3], line[4], line[5], recorded, recorded);
		}
		this.jdbc.update(
				"""
						insert into budget_history (budget_line_id, changed_at, changed_by, reason, approved, forecast, actual)
						select id, ?, 'pmo', 'Budget set from the approved business case', approved, forecast, actual from budget_line
						""",
				recorded);
		int decisions = decisions(today, recorded);
		log.info("Demo data: {} budget lines and {} Investment Board decisions", lines.size(), decisions);
		this.events.publishEvent(AuditEvent.of("demo-data.loaded", "finance", null)
			.by("system")
			.after(Map.of("budgetLines", lines.size(), "boardDecisions", decisions)));
	}

	/**
	 * Every project's lines in every financial year of the programme it runs in: internal
	 * money always, external money in two years of three (never in 2007/08, when the
	 * central team's case paid for it).
	 */
	private List<Object[]> lines(Collection<ProjectReference> projects, LocalDate today) {
		Random random = new Random(2008);
		FinancialYear first = FinancialYear.of(this.calendar.programmeStart());
		FinancialYear last = FinancialYear.of(this.calendar.programmeEnd());
		List<Object[]> lines = new ArrayList<>();
		for (ProjectReference project : projects) {
			for (int year = first.startYear(); year <= last.startYear(); year++) {
				FinancialYear fy = new FinancialYear(year);
				if (fy.lastDay().isBefore(project.startDate()) || fy.firstDay().isAfter(project.endDate())) {
					continue;
				}
				if ("PMO".equals(project.code()) && year == CENTRAL_CASE_YEAR) {
					lines.add(line(project, fy, "INTERNAL", pounds(1_621_000), pounds(1_598_400),
							spent(pounds(1_598_400), fy, today)));
					lines.add(line(project, fy, "EXTERNAL", pounds(3_000_000), pounds(2_940_000),
							spent(pounds(2_940_000), fy, today)));
					continue;
				}
				BigDecimal internal = pounds(40_000 + random.nextInt(210) * 1_000);
				lines.add(line(project, fy, "INTERNAL", internal, vary(internal, random),
						actual(internal, fy, today, random)));
				if (random.nextInt(3) > 0 && year != CENTRAL_CASE_YEAR) {
					BigDecimal external = pounds(20_000 + random.nextInt(130) * 1_000);
					lines.add(line(project, fy, "EXTERNAL", external, vary(external, random),
							actual(external, fy, today, random)));
				}
			}
		}
		return lines;
	}

	/**
	 * The Board's decisions of the demo story ({@value #DECISIONS}) taken by today, and
	 * the external caps they set.
	 */
	private int decisions(LocalDate today, Timestamp recorded) {
		int recordedDecisions = 0;
		for (CSVRecord row : decisionRows()) {
			LocalDate on = LocalDate.parse(row.get("decided_on"));
			if (on.isAfter(today)) {
				continue;
			}
			this.jdbc.update("""
					insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
					                            recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, 'pmo')
					""", Date.valueOf(on), row.get("business_case"), row.get("financial_year"),
					pounds(Long.parseLong(row.get("amount"))), row.get("decision"), row.get("notes"), recorded);
			if (!row.get("external_cap").isEmpty()) {
				this.jdbc.update("insert into external_cap (financial_year, cap, note) values (?, ?, ?)",
						row.get("financial_year"), pounds(Long.parseLong(row.get("external_cap"))),
						row.get("external_cap_note"));
			}
			recordedDecisions++;
		}
		return recordedDecisions;
	}

	private static List<CSVRecord> decisionRows() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader in = new InputStreamReader(new ClassPathResource(DECISIONS).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DECISIONS, ex);
		}
	}

	private static Object[] line(ProjectReference project, FinancialYear year, String type, BigDecimal approved,
			BigDecimal forecast, BigDecimal actual) {
		return new Object[] { project.id(), year.label(), type, approved, forecast, actual };
	}

	private static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	private static BigDecimal vary(BigDecimal approved, Random random) {
		return approved.multiply(BigDecimal.valueOf(90 + random.nextInt(31)))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Spent by today: 90% to 120% of a year that has ended; in the year holding today,
	 * 80% to 108% of the share of its months gone (a whole month for the one holding
	 * today); none in later years.
	 */
	private static BigDecimal actual(BigDecimal approved, FinancialYear year, LocalDate today, Random random) {
		if (year.lastDay().isBefore(today)) {
			return vary(approved, random);
		}
		if (year.firstDay().isAfter(today)) {
			return BigDecimal.ZERO.setScale(2);
		}
		long percent = monthsGone(year, today) * (80 + 2 * random.nextInt(15)) / 12;
		return approved.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/** A fixed spend: all of it once the year has ended, its months' share before. */
	private static BigDecimal spent(BigDecimal amount, FinancialYear year, LocalDate today) {
		if (year.lastDay().isBefore(today)) {
			return amount;
		}
		if (year.firstDay().isAfter(today)) {
			return BigDecimal.ZERO.setScale(2);
		}
		return amount.multiply(BigDecimal.valueOf(monthsGone(year, today)))
			.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
	}

	/** Months of the year begun by today, counting today's month whole. */
	private static long monthsGone(FinancialYear year, LocalDate today) {
		return ChronoUnit.MONTHS.between(year.firstDay(), today.withDayOfMonth(1)) + 1;
	}

}
