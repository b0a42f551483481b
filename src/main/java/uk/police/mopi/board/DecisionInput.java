package uk.police.mopi.board;

import java.math.BigDecimal;
import java.util.List;

/**
 * A decision of the Board as the programme team records it.
 *
 * @param meetingId the meeting that decided
 * @param packId the published pack of that meeting it was made on
 * @param businessCase what was decided
 * @param financialYear the year the money is for, like 2008/09
 * @param amount the amount in pounds
 * @param decision APPROVED, REJECTED or DEFERRED
 * @param projects the codes of the projects it funds (none: the programme as a whole)
 * @param conditions conditions attached, may be blank
 * @param decidedBy who decided, e.g. "MPS Investment Board"
 * @param notes notes, may be blank
 */
public record DecisionInput(Long meetingId, Long packId, String businessCase, String financialYear, BigDecimal amount,
		String decision, List<String> projects, String conditions, String decidedBy, String notes) {
}
