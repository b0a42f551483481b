package uk.police.mopi.audit;

import java.time.Instant;

/** One row of the trail as administrators see it. */
public record AuditRow(long id, Instant at, String actor, String address, String action, String subjectType,
		String subjectId, String outcome, String details) {

}
