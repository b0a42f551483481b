package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * A milestone.
 *
 * @param code stable code, e.g. {@code HO-2010-FULL}
 * @param title short title
 * @param description what it asks
 * @param kind Home Office or project
 * @param dueDate when it is due
 * @param baseline true for the 2006 Capability Assessment, the baseline of the programme
 */
public record MilestoneView(String code, String title, String description, MilestoneKind kind, LocalDate dueDate,
		boolean baseline) {
}
