package uk.police.mopi.assessment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Demo data only: a plausible, deterministic history of every assessment from the
 * Capability Assessment baseline (most cells Not met or Fair) through the Fair return in
 * the priority areas, to steady progress and a few regressions up to the demo clock's
 * today (30 September 2008 by default). Every date of the story is the calendar's key
 * dates or days counted from them; nothing is dated after today, whatever today is.
 * <p>
 * For benchmarks it also makes much larger histories: with
 * {@code mopi.demo-data.history-rows} above the story's own rows (5,956 to 30 September
 * 2008), it adds periodic reviews that confirm each assessment's state, spread evenly
 * over its history, until the history holds that many rows. Rows are loaded with
 * PostgreSQL's COPY.
 */
@Component
class DemoBaseline {

	private static final Logger log = LoggerFactory.getLogger(DemoBaseline.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/**
	 * The guide's worked example, RRD-07 in Custody, stays at Fair so the journey can
	 * raise it.
	 */
	private static final String WORKED_EXAMPLE = "RRD-07/CUS";

	private static final String[] ASSESSORS = { "pmo", "analyst.jones", "analyst.khan" };

	private static final String[] IMPROVEMENT_REASONS = { "Procedure issued and dip sample of 20 records passed",
			"Evidence pack reviewed at the monthly compliance meeting", "System change went live; audit confirms use",
			"Training completed by 90% of staff in the area; records checked",
			"Internal audit confirms the criteria are met consistently" };

	private static final String[] REGRESSION_REASONS = {
			"Dip sample found the review log not kept since the team moved; level withdrawn",
			"Audit found records created without the required fields; level withdrawn until fixed" };

	private static final String[] REVIEW_REASONS = { "Quarterly review: evidence re-checked, level confirmed",
			"Dip sample of 10 records at the monthly compliance meeting; level confirmed",
			"Owner's self-assessment reviewed by the programme team; no change" };

	private final JdbcTemplate jdbc;

	private final ProgrammeCalendar calendar;

	private final long historyRows;

	DemoBaseline(JdbcTemplate jdbc, ProgrammeCalendar calendar,
			@Value("${mopi.demo-data.history-rows:0}") long historyRows) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.historyRows = historyRows;
	}

	record Cell(String requirement, String area, boolean priority) {
	}

	record Event(HistoryKind kind, Instant at, String by, String from, String to, String reason,
			AssessmentState state) {
	}

	/**
	 * The story's dates, all from the calendar's key dates: the returns behind the
	 * Capability Assessment were gathered in the month before it (30 November 2006); work
	 * towards the Fair return started a week into the new year (8 January 2007); targets
	 * were raised a fortnight after the Fair deadline (16 April 2007) and steady progress
	 * began the month after it (1 May 2007).
	 */
	private record Story(LocalDate baseline, LocalDate fairWorkStarts, LocalDate fairDeadline, LocalDate targetsRaised,
			LocalDate progressStarts, LocalDate fullDeadline) {

		static Story of(ProgrammeCalendar calendar) {
			LocalDate assessment = calendar.capabilityAssessment();
			LocalDate fair = calendar.fairInPriorityAreas();
			return new Story(assessment.minusMonths(1), assessment.plusDays(8), fair, fair.plusDays(16),
					fair.plusDays(31), calendar.fullCompliance());
		}

	}

	void create(List<RequirementView> requirements, List<BusinessAreaView> areas) {
		Random random = new Random(2006);
		List<Cell> cells = new ArrayList<>();
		for (RequirementView requirement : requirements) {
			if (requirement.assessedPer() == AssessedPer.FORCE) {
				cells.add(new Cell(requirement.code(), null, true));
			}
			else {
				for (BusinessAreaView area : areas) {
					cells.add(new Cell(requirement.code(), area.code(), area.priority()));
				}
			}
		}
		LocalDate until = this.calendar.today();
		Map<Cell, List<Event>> histories = histories(cells, random, until);
		insertAssessments(cells, histories);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("select id, requirement_code, area_code from assessment",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> ids
					.put(rs.getString(2) + "/" + rs.getString(3), rs.getLong(1)));
		long rows = copyHistory(cells, histories, ids);
		log.info("Demo data: {} assessments with {} history rows from the 2006 baseline to {}", cells.size(), rows,
				until);
	}

	/** Every cell's history up to the end of {@code until}, with reviews if asked for. */
	Map<Cell, List<Event>> histories(List<Cell> cells, Random random, LocalDate until) {
		Story story = Story.of(this.calendar);
		Map<Cell, List<Event>> histories = new HashMap<>();
		for (Cell cell : cells) {
			histories.put(cell, history(cell, random, until, story));
		}
		long natural = histories.values().stream().mapToLong(List::size).sum();
		if (this.historyRows > natural) {
			addReviews(cells, histories, this.historyRows - natural, until);
		}
		return histories;
	}

	/**
	 * Spreads {@code extra} review rows over the cells, evenly over each one's history,
	 * each recording the state it confirmed.
	 */
	private void addReviews(List<Cell> cells, Map<Cell, List<Event>> histories, long extra, LocalDate until) {
		Random random = new Random(1907);
		Instant end = at(until, new Random(0)).minusSeconds(3600 * 10);
		for (int c = 0; c < cells.size(); c++) {
			List<Event> events = histories.get(cells.get(c));
			long reviews = extra / cells.size() + ((c < extra % cells.size()) ? 1 : 0);
			Instant start = events.get(0).at();
			long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
			List<Event> merged = new ArrayList<>(events.size() + (int) reviews);
			int next = 1;
			Event current = events.get(0);
			merged.add(current);
			for (long r = 1; r <= reviews; r++) {
				Instant at = start.plusSeconds(span * r / (reviews + 1) + random.nextInt(600));
				while (next < events.size() && !events.get(next).at().isAfter(at)) {
					current = events.get(next++);
					merged.add(current);
				}
				merged.add(new Event(HistoryKind.COMMENT, at, assessor(random), null, null,
						REVIEW_REASONS[random.nextInt(REVIEW_REASONS.length)], current.state()));
			}
			merged.addAll(events.subList(next, events.size()));
			histories.put(cells.get(c), merged);
		}
	}

	/** Loads the history with COPY: a million rows take seconds rather than minutes. */
	private long copyHistory(List<Cell> cells, Map<Cell, List<Event>> histories, Map<String, Long> ids) {
		return this.jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder csv = new StringBuilder(1 << 20);
			long rows = 0;
			try {
				for (Cell cell : cells) {
					long id = ids.get(cell.requirement() + "/" + cell.area());
					long version = 0;
					for (Event event : histories.get(cell)) {
						AssessmentState state = event.state();
						csv.append(id)
							.append(',')
							.append(event.kind().name())
							.append(',')
							.append(event.at())
							.append(',');
						quoted(csv, event.by()).append(',');
						quoted(csv, event.from()).append(',');
						quoted(csv, event.to()).append(',');
						quoted(csv, event.reason()).append(',');
						csv.append(state.level().name()).append(',').append(state.applicable()).append(',');
						csv.append((state.targetLevel() != null) ? state.targetLevel().name() : "").append(',');
						csv.append((state.targetDate() != null) ? state.targetDate().toString() : "").append(',');
						csv.append(version++).append('\n');
						rows++;
						if (csv.length() > (1 << 20)) {
							copy(copy, csv);
						}
					}
				}
				copy(copy, csv);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return rows;
		});
	}

	private static void copy(CopyManager copy, StringBuilder csv) throws SQLException, IOException {
		copy.copyIn("""
				copy assessment_history (assessment_id, kind, changed_at, changed_by, from_value, to_value, reason,
				                         level, applicable, target_level, target_date, version)
				from stdin with (format csv)
				""", new StringReader(csv.toString()));
		csv.setLength(0);
	}

	private static StringBuilder quoted(StringBuilder csv, String text) {
		if (text != null) {
			csv.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		return csv;
	}

	private List<Event> history(Cell cell, Random random, LocalDate until, Story story) {
		List<Event> events = new ArrayList<>();
		boolean applicable = cell.area() == null || random.nextInt(100) >= 3;
		ComplianceLevel level = baselineLevel(cell, random);
		boolean early = cell.priority();
		ComplianceLevel target = early ? ComplianceLevel.FAIR : ComplianceLevel.GOOD;
		LocalDate targetDate = early ? story.fairDeadline() : story.fullDeadline();
		AssessmentState state = new AssessmentState(level, applicable, target, targetDate);
		String capabilityAssessment = this.calendar.capabilityAssessment().getYear() + " Capability Assessment";
		events.add(new Event(HistoryKind.BASELINE, at(story.baseline(), random), "pmo", null, level.name(),
				applicable ? capabilityAssessment : capabilityAssessment + ": not held in this business area", state));
		if (!applicable) {
			return events;
		}
		if (early && level.isBelow(ComplianceLevel.FAIR) && random.nextInt(100) < 80) {
			LocalDate day = story.fairWorkStarts().plusDays(random.nextInt(80));
			if (!day.isAfter(until)) {
				state = new AssessmentState(ComplianceLevel.FAIR, true, target, targetDate);
				events.add(new Event(HistoryKind.LEVEL, at(day, random), assessor(random), level.name(), "FAIR",
						"Fair criteria evidenced for the " + DAY.format(story.fairDeadline()) + " return", state));
				level = ComplianceLevel.FAIR;
			}
		}
		if (early && !story.targetsRaised().isAfter(until)) {
			state = new AssessmentState(level, true, ComplianceLevel.GOOD, story.fullDeadline());
			events.add(new Event(HistoryKind.TARGET, at(story.targetsRaised(), random), "pmo",
					"FAIR by " + story.fairDeadline(), "GOOD by " + story.fullDeadline(),
					"Targets raised after the " + MONTH.format(story.fairDeadline()) + " return: Good by "
							+ MONTH.format(story.fullDeadline()),
					state));
		}
		LocalDate day = story.progressStarts().plusDays(random.nextInt(60));
		while (!day.isAfter(until)) {
			int roll = random.nextInt(100);
			int chance = early ? 14 : 8;
			ComplianceLevel next = null;
			String reason = null;
			boolean capped = WORKED_EXAMPLE.equals(cell.requirement() + "/" + cell.area())
					&& level.compareTo(ComplianceLevel.FAIR) >= 0;
			if (roll < chance && level != ComplianceLevel.EXCELLENT && !capped) {
				next = (level == ComplianceLevel.NOT_ASSESSED) ? ComplianceLevel.NOT_MET
						: ComplianceLevel.values()[level.ordinal() + 1];
				reason = IMPROVEMENT_REASONS[random.nextInt(IMPROVEMENT_REASONS.length)];
			}
			else if (roll >= 98 && level.compareTo(ComplianceLevel.FAIR) >= 0) {
				next = ComplianceLevel.values()[level.ordinal() - 1];
				reason = REGRESSION_REASONS[random.nextInt(REGRESSION_REASONS.length)];
			}
			if (next != null) {
				state = new AssessmentState(next, true, state.targetLevel(), state.targetDate());
				events.add(new Event(HistoryKind.LEVEL, at(day, random), assessor(random), level.name(), next.name(),
						reason, state));
				level = next;
			}
			day = day.plusDays(60 + random.nextInt(60));
		}
		return events;
	}

	private static ComplianceLevel baselineLevel(Cell cell, Random random) {
		int roll = random.nextInt(100);
		if (cell.priority()) {
			return (roll < 7) ? ComplianceLevel.NOT_ASSESSED
					: (roll < 57) ? ComplianceLevel.NOT_MET : (roll < 92) ? ComplianceLevel.FAIR : ComplianceLevel.GOOD;
		}
		return (roll < 25) ? ComplianceLevel.NOT_ASSESSED
				: (roll < 70) ? ComplianceLevel.NOT_MET : (roll < 95) ? ComplianceLevel.FAIR : ComplianceLevel.GOOD;
	}

	private Instant at(LocalDate day, Random random) {
		return day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(this.calendar.zone()).toInstant();
	}

	private static String assessor(Random random) {
		return ASSESSORS[random.nextInt(ASSESSORS.length)];
	}

	private void insertAssessments(List<Cell> cells, Map<Cell, List<Event>> histories) {
		List<Object[]> rows = new ArrayList<>();
		for (Cell cell : cells) {
			List<Event> events = histories.get(cell);
			Event first = events.get(0);
			Event last = events.get(events.size() - 1);
			Event lastLevel = events.stream()
				.filter((e) -> e.kind() == HistoryKind.LEVEL || e.kind() == HistoryKind.BASELINE)
				.reduce((a, b) -> b)
				.orElse(first);
			AssessmentState state = last.state();
			rows.add(new Object[] { cell.requirement(), cell.area(), state.applicable(),
					state.applicable() ? null : "Not held in this business area", state.level().name(),
					(state.targetLevel() != null) ? state.targetLevel().name() : null,
					(state.targetDate() != null) ? java.sql.Date.valueOf(state.targetDate()) : null, lastLevel.reason(),
					lastLevel.by(), Timestamp.from(lastLevel.at()), events.size() - 1, Timestamp.from(first.at()),
					first.by(), Timestamp.from(last.at()), last.by() });
		}
		this.jdbc.batchUpdate("""
				insert into assessment (requirement_code, area_code, applicable, not_applicable_reason, level,
				                        target_level, target_date, rationale, assessed_by, assessed_at, version,
				                        created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

}
