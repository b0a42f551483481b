package uk.police.mopi.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.shared.persistence.Rows;

/**
 * The Home Office milestones' forecasts, actual dates and outcomes, as the programme team
 * records them. Their baseline stays the key date the Home Office set
 * ({@link HomeOfficeKeyDates}). Every change appends history with its reason.
 */
@Service
@Transactional
public class HomeOfficeMilestones {

	static final int OUTCOME_MAX = 2000;

	private final MilestoneRepository milestones;

	private final JdbcClient jdbc;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	private final ProgrammeHistory history;

	private final PlanConflicts conflicts;

	HomeOfficeMilestones(MilestoneRepository milestones, JdbcClient jdbc, ProgrammeCalendar calendar,
			ProgrammePolicy policy, ProgrammeHistory history, PlanConflicts conflicts) {
		this.milestones = milestones;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.policy = policy;
		this.history = history;
		this.conflicts = conflicts;
	}

	/** The Home Office milestones, by baseline date. */
	@Transactional(readOnly = true)
	public List<HomeOfficeMilestone> list() {
		return this.jdbc.sql("""
				select code, title, baseline_date, forecast_date, actual_date, status, outcome, version from milestone
				where kind = 'HOME_OFFICE' and removed_at is null order by baseline_date, code
				""").query(Rows.of(HomeOfficeMilestone.class)).list();
	}

	/**
	 * Records a Home Office milestone's forecast, actual date (achieved only, not after
	 * today), status and outcome, with the reason for the change.
	 */
	public void record(String code, long expectedVersion, LocalDate forecast, LocalDate actual, MilestoneStatus status,
			String outcome, String reason, PortalUser actor) {
		if (!this.policy.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may record Home Office milestones");
		}
		check(forecast, actual, status, outcome, reason);
		Milestone milestone = this.milestones.findAllForUpdate()
			.stream()
			.filter((m) -> m.getCode().equals(code) && m.getKind() == MilestoneKind.HOME_OFFICE)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("There is no Home Office milestone " + code));
		if (milestone.isStale(expectedVersion)) {
			throw this.conflicts.milestone(milestone, null, forecast, status, actual, reason);
		}
		LocalDate forecastBefore = milestone.getForecastDate();
		LocalDate actualBefore = milestone.getActualDate();
		MilestoneStatus statusBefore = milestone.getStatus();
		String outcomeBefore = milestone.getOutcome();
		String text = (outcome != null && !outcome.isBlank()) ? outcome.strip() : null;
		Instant now = this.calendar.now();
		String why = reason.strip();
		milestone.record(forecast, actual, status, text, now, actor.getUsername());
		this.milestones.flush();
		String by = actor.getUsername();
		if (!Objects.equals(forecastBefore, milestone.getForecastDate())) {
			this.history.milestone(milestone, "FORECAST", text(forecastBefore), text(milestone.getForecastDate()), why,
					now, by);
		}
		if (!Objects.equals(actualBefore, actual)) {
			this.history.milestone(milestone, "ACTUAL", text(actualBefore), text(actual), why, now, by);
		}
		if (statusBefore != status) {
			this.history.milestone(milestone, "STATUS", statusBefore.name(), status.name(), why, now, by);
		}
		if (!Objects.equals(outcomeBefore, text)) {
			this.history.milestone(milestone, "OUTCOME", abbreviated(outcomeBefore), abbreviated(text), why, now, by);
		}
	}

	private void check(LocalDate forecast, LocalDate actual, MilestoneStatus status, String outcome, String reason) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (status == null) {
			problems.add("status", "plan.error.status");
		}
		else if (status == MilestoneStatus.ACHIEVED) {
			PlanRules.date(problems, "actual", actual);
			if (actual != null && actual.isAfter(this.calendar.today())) {
				problems.add("actual", "plan.error.actualInFuture");
			}
		}
		else {
			if (actual != null) {
				problems.add("actual", "plan.error.actualNotAchieved");
			}
			PlanRules.date(problems, "forecast", forecast);
		}
		problems.optionalText("outcome", outcome, OUTCOME_MAX);
		problems.text("reason", reason, PlanRules.REASON_MAX);
		problems.throwIfAny();
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String abbreviated(String text) {
		return (text != null && text.length() > 100) ? text.substring(0, 99) + "…" : text;
	}

}
