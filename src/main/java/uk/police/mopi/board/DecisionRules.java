package uk.police.mopi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * What a recorded decision must be: a meeting held from the programme's start to today, a
 * published pack of that meeting (never a draft), what was decided, a financial year, an
 * amount in pounds and pence, approved, rejected or deferred, projects of the plan, who
 * decided; conditions and notes optional. Every problem is a field problem, refused
 * together.
 */
@Component
class DecisionRules {

	static final int CASE_MAX = 300;

	static final int TEXT_MAX = 2000;

	static final int DECIDED_BY_MAX = 300;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private static final List<String> DECISIONS = List.of("APPROVED", "REJECTED", "DEFERRED");

	private final DecisionRecords records;

	private final ProgrammeCalendar calendar;

	DecisionRules(DecisionRecords records, ProgrammeCalendar calendar) {
		this.records = records;
		this.calendar = calendar;
	}

	/**
	 * A decision that passed the rules.
	 *
	 * @param decidedOn its meeting's date
	 * @param projects the ids of its projects, by code
	 */
	record Checked(LocalDate decidedOn, Map<String, Long> projects) {
	}

	/** Checks a decision; refuses it with every problem found. */
	Checked check(DecisionInput input) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		LocalDate decidedOn = meeting(input, problems);
		pack(input, problems);
		problems.text("businessCase", input.businessCase(), CASE_MAX);
		try {
			FinanceService.year("financialYear", input.financialYear());
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		amount(input.amount(), problems);
		if (input.decision() == null || !DECISIONS.contains(input.decision())) {
			problems.add("decision", "budget.decision.choose");
		}
		Set<String> codes = new LinkedHashSet<>((input.projects() != null) ? input.projects() : List.of());
		Map<String, Long> projectIds = (codes.size() > 200) ? Map.of() : this.records.projectIds(codes);
		if (!projectIds.keySet().containsAll(codes)) {
			problems.add("projects", "decisions.projects.unknown");
		}
		problems.optionalText("conditions", input.conditions(), TEXT_MAX);
		problems.text("decidedBy", input.decidedBy(), DECIDED_BY_MAX);
		problems.optionalText("notes", input.notes(), TEXT_MAX);
		problems.throwIfAny();
		return new Checked(decidedOn, projectIds);
	}

	private LocalDate meeting(DecisionInput input, InvalidInputException.Problems problems) {
		DecisionRecords.Meeting meeting = (input.meetingId() != null)
				? this.records.meeting(input.meetingId()).orElse(null) : null;
		if (meeting == null) {
			problems.add("meetingId", "decisions.meeting.choose");
			return null;
		}
		LocalDate earliest = this.calendar.programmeStart();
		LocalDate today = this.calendar.today();
		if (meeting.meetingDate().isBefore(earliest) || meeting.meetingDate().isAfter(today)) {
			problems.add("meetingId", "decisions.meeting.range", earliest, today);
		}
		return meeting.meetingDate();
	}

	private void pack(DecisionInput input, InvalidInputException.Problems problems) {
		DecisionRecords.Pack pack = (input.packId() != null) ? this.records.pack(input.packId()).orElse(null) : null;
		if (pack == null) {
			problems.add("packId", "decisions.pack.choose");
		}
		else if (!pack.published()) {
			problems.add("packId", "decisions.pack.draft");
		}
		else if (input.meetingId() != null && pack.meetingId() != input.meetingId()) {
			problems.add("packId", "decisions.pack.otherMeeting");
		}
	}

	private static void amount(BigDecimal amount, InvalidInputException.Problems problems) {
		if (amount == null) {
			problems.add("amount", "budget.amount.required");
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
			problems.add("amount", "budget.amount.range", MAX_AMOUNT);
		}
	}

}
