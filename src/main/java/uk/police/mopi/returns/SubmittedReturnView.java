package uk.police.mopi.returns;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted return, as listed.
 *
 * @param asAt its date
 * @param layoutVersion the layout it was frozen in
 * @param forceCode the force's code then
 * @param declarationCode what it declared against
 * @param supported whether the figures supported the declaration
 * @param submittedAt when
 * @param submittedBy who (username)
 */
public record SubmittedReturnView(LocalDate asAt, String layoutVersion, String forceCode, String declarationCode,
		boolean supported, Instant submittedAt, String submittedBy) {
}
