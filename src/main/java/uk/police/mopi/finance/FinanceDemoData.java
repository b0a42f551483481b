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
 * Demo data only: the Investment Board's decisions of the demo story
 * ({@value #DECISIONS}: GBP 4.621m for the central programme team in 2007/08, approved on
 * 19 February 2007 with external resources capped at GBP 3m; the full business case's GBP
 * 9.85m for 2008/09 to 2010/11, approved on 24 September 2007 as one decision per year; a
 * deferred request for licences) and budget lines allocating every approved decision
 * exactly, to the penny, to the projects running in its year. One line is deliberately
 * unfunded: the automated review workflow's licences, entered against the decision the
 * Board deferred. Nothing is allocated before 2007/08: the 2006 capability assessment was
 * paid from the force's existing budgets, before the Board funded a programme. Everything
 * follows the calendar's today ({@code MOPI_DEMO_CLOCK_TODAY}): the Board has decided
 * only on dates up to today, a year has lines only once its money is approved, and money
 * is spent only up to today (the forecast of a year that has ended, the share of the
 * months gone in the year holding today, none in later years).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class FinanceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);

	/** The Board's decisions of the demo story: reference data, not code. */
	static final String DECISIONS = "db/demo/board-decisions.csv";

	/** The project whose licences the Board deferred: the demo's one unfunded line. */
	static final String UNFUNDED_PROJECT = "Automated review workflow";

	/** Allocations are in whole thousands of pounds. */
	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

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
		if (!this.demoData.enabled() || this.jdbc.queryForObject("select count(*) from budget_line", Long.class) > 0
				|| this.jdbc.queryForObject("select count(*) from board_decision", Long.class) > 0) {
			return;
		}
		Collection<ProjectReference> all = this.projects.byId().values();
		if (all.isEmpty()) {
			return;
		}
		LocalDate today = this.calendar.today();
		Timestamp recorded = Timestamp.from(today.atTime(9, 0).atZone(this.calendar.zone()).toInstant());
		List<Decision> decisions = decisions(today, recorded);
		List<Object[]> lines = lines(all, decisions, today);
		for (Object[] line : lines) {
			this.jdbc.update(
					"""
							insert into budget_line (project_id, financial_year, resource_type, decision_id, allocated, forecast, actual,
							                         version, created_at, created_by, updated_at, updated_by)
							values (?, ?, ?, ?, ?, ?, ?, 0, ?, 'pmo', ?, 'pmo')
							""",
					line[0], line[1], line[2], line[3], line[4], line[5], line[6], recorded, recorded);
		}
		this.jdbc.update("""
				insert into budget_history (budget_line_id, changed_at, changed_by, reason, allocated, forecast, actual,
				                            change, project_id, financial_year, resource_type, decision_id)
				select id, ?, 'pmo', 'Allocated from the approved business case', allocated, forecast, actual,
				       'CREATED', project_id, financial_year, resource_type, decision_id
				from budget_line
				""", recorded);
		log.info("Demo data: {} budget lines and {} Investment Board decisions", lines.size(), decisions.size());
		this.events.publishEvent(AuditEvent.of("demo-data.loaded", "finance", null)
			.by("system")
			.after(Map.of("budgetLines", lines.size(), "boardDecisions", decisions.size())));
	}

	/** A decision as recorded. */
	private record Decision(long id, FinancialYear year, BigDecimal amount, boolean approved) {
	}

	/**
	 * Every approved decision allocated to the projects running in its year: the central
	 * team (PMO) alone in the central team's year, internal and external; in later years
	 * internal money for every project and external in two years of three, shares drawn
	 * at random (seeded) and rounded to thousands so that they sum exactly to the
	 * decision. Plus the one unfunded line.
	 */
	private List<Object[]> lines(Collection<ProjectReference> projects, List<Decision> decisions, LocalDate today) {
		Random random = new Random(2008);
		List<Object[]> lines = new ArrayList<>();
		Decision deferred = decisions.stream().filter((d) -> !d.approved()).findFirst().orElse(null);
		for (Decision decision : decisions) {
			if (!decision.approved()) {
				continue;
			}
			FinancialYear fy = decision.year();
			List<ProjectReference> running = projects.stream()
				.filter((p) -> !fy.lastDay().isBefore(p.startDate()) && !fy.firstDay().isAfter(p.endDate()))
				.toList();
			ProjectReference pmo = running.stream().filter((p) -> "PMO".equals(p.code())).findFirst().orElse(null);
			if (pmo != null && centralTeamYear(fy)) {
				lines.add(line(pmo, decision, "INTERNAL", pounds(1_621_000), pounds(1_598_400), fy, today));
				lines.add(line(pmo, decision, "EXTERNAL", decision.amount().subtract(pounds(1_621_000)),
						pounds(2_940_000), fy, today));
				continue;
			}
			ProjectReference unfunded = (deferred != null && deferred.year().equals(fy)) ? unfundedProject(running)
					: null;
			List<Object[]> shares = new ArrayList<>();
			List<Integer> weights = new ArrayList<>();
			for (ProjectReference project : running) {
				shares.add(new Object[] { project, "INTERNAL" });
				weights.add(40 + random.nextInt(210));
				if (random.nextInt(3) > 0 && project != unfunded) {
					shares.add(new Object[] { project, "EXTERNAL" });
					weights.add(20 + random.nextInt(130));
				}
			}
			List<BigDecimal> amounts = split(decision.amount(), weights);
			for (int i = 0; i < shares.size(); i++) {
				BigDecimal allocated = amounts.get(i);
				lines.add(line((ProjectReference) shares.get(i)[0], decision, (String) shares.get(i)[1], allocated,
						vary(allocated, random), fy, today, random));
			}
			if (unfunded != null) {
				lines.add(new Object[] { unfunded.id(), fy.label(), "EXTERNAL", deferred.id(), deferred.amount(),
						zero(), zero() });
			}
		}
		return lines;
	}

	/** The central team's case is the one that capped its year's external resources. */
	private boolean centralTeamYear(FinancialYear year) {
		return this.jdbc.queryForObject("select count(*) from external_cap where financial_year = ?", Long.class,
				year.label()) > 0;
	}

	private static ProjectReference unfundedProject(List<ProjectReference> running) {
		return running.stream()
			.filter((p) -> UNFUNDED_PROJECT.equals(p.name()))
			.findFirst()
			.orElse(running.isEmpty() ? null : running.get(running.size() - 1));
	}

	/**
	 * Splits an amount in whole thousands by weight, the largest remainders taking the
	 * thousands left over, so that the parts sum exactly to the amount.
	 */
	static List<BigDecimal> split(BigDecimal amount, List<Integer> weights) {
		long units = amount.divide(THOUSAND).longValueExact();
		long total = weights.stream().mapToLong(Integer::longValue).sum();
		long[] parts = new long[weights.size()];
		long given = 0;
		Integer[] order = new Integer[weights.size()];
		for (int i = 0; i < parts.length; i++) {
			parts[i] = units * weights.get(i) / total;
			given += parts[i];
			order[i] = i;
		}
		java.util.Arrays.sort(order,
				java.util.Comparator.comparingLong((Integer i) -> -(units * weights.get(i) % total))
					.thenComparingInt((i) -> i));
		for (int k = 0; k < units - given; k++) {
			parts[order[k]]++;
		}
		List<BigDecimal> amounts = new ArrayList<>();
		for (long part : parts) {
			amounts.add(pounds(part * 1_000));
		}
		return amounts;
	}

	/**
	 * The Board's decisions of the demo story ({@value #DECISIONS}) taken by today, and
	 * the external caps they set.
	 */
	private List<Decision> decisions(LocalDate today, Timestamp recorded) {
		List<Decision> decisions = new ArrayList<>();
		for (CSVRecord row : decisionRows()) {
			LocalDate on = LocalDate.parse(row.get("decided_on"));
			if (on.isAfter(today)) {
				continue;
			}
			BigDecimal amount = pounds(Long.parseLong(row.get("amount")));
			Long id = this.jdbc.queryForObject("""
					insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
					                            recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, 'pmo') returning id
					""", Long.class, Date.valueOf(on), row.get("business_case"), row.get("financial_year"), amount,
					row.get("decision"), row.get("notes"), recorded);
			if (!row.get("external_cap").isEmpty()) {
				this.jdbc.update(
						"""
								insert into external_cap (financial_year, cap, note, version, created_at, created_by, updated_at, updated_by)
								values (?, ?, ?, 0, ?, 'pmo', ?, 'pmo')
								""",
						row.get("financial_year"), pounds(Long.parseLong(row.get("external_cap"))),
						row.get("external_cap_note"), recorded, recorded);
				this.jdbc.update("""
						insert into external_cap_history (financial_year, changed_at, changed_by, reason, cap, note)
						values (?, ?, 'pmo', ?, ?, ?)
						""", row.get("financial_year"), recorded, row.get("business_case"),
						pounds(Long.parseLong(row.get("external_cap"))), row.get("external_cap_note"));
			}
			decisions.add(new Decision(id, FinancialYear.parse(row.get("financial_year")), amount,
					"APPROVED".equals(row.get("decision"))));
		}
		return decisions;
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

	private static Object[] line(ProjectReference project, Decision decision, String type, BigDecimal allocated,
			BigDecimal forecast, FinancialYear year, LocalDate today) {
		return new Object[] { project.id(), year.label(), type, decision.id(), allocated, forecast,
				spent(forecast, year, today) };
	}

	private static Object[] line(ProjectReference project, Decision decision, String type, BigDecimal allocated,
			BigDecimal forecast, FinancialYear year, LocalDate today, Random random) {
		return new Object[] { project.id(), year.label(), type, decision.id(), allocated, forecast,
				actual(forecast, year, today, random) };
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	private static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	/** A forecast of 92% to 104% of the allocation. */
	private static BigDecimal vary(BigDecimal allocated, Random random) {
		return allocated.multiply(BigDecimal.valueOf(92 + random.nextInt(13)))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Spent by today: the forecast of a year that has ended (its outturn); in the year
	 * holding today, 80% to 108% of the forecast's share of its months gone (a whole
	 * month for the one holding today); none in later years.
	 */
	private static BigDecimal actual(BigDecimal forecast, FinancialYear year, LocalDate today, Random random) {
		if (year.lastDay().isBefore(today)) {
			return forecast;
		}
		if (year.firstDay().isAfter(today)) {
			return BigDecimal.ZERO.setScale(2);
		}
		long percent = monthsGone(year, today) * (80 + 2 * random.nextInt(15)) / 12;
		return forecast.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
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
