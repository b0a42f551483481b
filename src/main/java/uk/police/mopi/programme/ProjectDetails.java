package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the programme team says about a project when creating or changing it.
 *
 * @param code stable code, e.g. {@code P07} (ignored on change)
 * @param name name
 * @param description what it changes
 * @param workstream workstream
 * @param sponsorId sponsor's user id, or null
 * @param managerId manager's user id, or null
 * @param status status
 * @param startDate start
 * @param endDate end, on or after the start
 * @param areas business area codes it touches
 */
public record ProjectDetails(String code, String name, String description, Workstream workstream, Long sponsorId,
		Long managerId, ProjectStatus status, LocalDate startDate, LocalDate endDate, Set<String> areas) {
}
