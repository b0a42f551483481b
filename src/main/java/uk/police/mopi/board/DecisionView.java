package uk.police.mopi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Board decision in the register: what was decided, at which meeting, on which
 * published pack, and whether a material change since that pack means it should be
 * revisited.
 *
 * @param id id
 * @param decidedOn the date decided (the meeting's date)
 * @param meetingId the meeting, or null for a decision recorded before meetings were
 * @param meetingTitle the meeting's title, or null
 * @param packId the published pack it was made on, or null
 * @param businessCase what was decided
 * @param financialYear the year the money is for
 * @param amount the amount (approved, or asked for when rejected or deferred)
 * @param decision APPROVED, REJECTED or DEFERRED
 * @param projects the codes of the projects it funds (none: the programme as a whole)
 * @param conditions the conditions attached, or blank
 * @param decidedBy who decided
 * @param notes notes
 * @param version optimistic-lock version
 * @param reasons why it should be revisited (empty when it need not be)
 */
public record DecisionView(long id, LocalDate decidedOn, Long meetingId, String meetingTitle, Long packId,
		String businessCase, String financialYear, BigDecimal amount, String decision, List<String> projects,
		String conditions, String decidedBy, String notes, long version, List<Revisit> reasons) {

	/** A material change since its pack happened. */
	@JsonProperty
	public boolean toBeRevisited() {
		return !this.reasons.isEmpty();
	}

	DecisionView withReasons(List<Revisit> found) {
		return new DecisionView(this.id, this.decidedOn, this.meetingId, this.meetingTitle, this.packId,
				this.businessCase, this.financialYear, this.amount, this.decision, this.projects, this.conditions,
				this.decidedBy, this.notes, this.version, List.copyOf(found));
	}

	/**
	 * A material change since the decision's pack (the words are
	 * {@code decisions.revisit.<code>} in the messages, with the subject and the
	 * deadline).
	 *
	 * @param code milestone-after-deadline, project-red or forecast-over-approved
	 * @param subject the project's code, or the financial year
	 */
	public record Revisit(String code, String subject) {

		public static final String MILESTONE_AFTER_DEADLINE = "milestone-after-deadline";

		public static final String PROJECT_RED = "project-red";

		public static final String FORECAST_OVER_APPROVED = "forecast-over-approved";

	}

}
