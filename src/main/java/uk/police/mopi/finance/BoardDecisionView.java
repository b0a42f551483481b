package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision of the Investment Board.
 *
 * @param decidedOn date of the Board
 * @param businessCase the business case decided
 * @param financialYear the year the money is for
 * @param amount the amount (approved, or asked for when rejected or deferred)
 * @param decision approved, rejected or deferred
 * @param notes notes
 * @param projectCode the project, or null for the programme
 */
public record BoardDecisionView(LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
		String decision, String notes, String projectCode) {
}
