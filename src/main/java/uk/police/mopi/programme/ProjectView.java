package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project with its milestones and RAG.
 *
 * @param code stable code
 * @param name name
 * @param description what it changes
 * @param workstream workstream
 * @param sponsor sponsor's display name, or null
 * @param sponsorId sponsor's user id, or null
 * @param manager manager's display name, or null
 * @param managerId manager's user id, or null
 * @param status status
 * @param startDate start
 * @param endDate end
 * @param areas business area codes it touches
 * @param milestones its milestones by forecast date
 * @param derivedRag RAG by {@link RagRule}
 * @param ragOverride RAG set by hand, or null
 * @param ragOverrideReason why, when overridden
 * @param version optimistic-lock version
 */
public record ProjectView(String code, String name, String description, Workstream workstream, String sponsor,
		Long sponsorId, String manager, Long managerId, ProjectStatus status, LocalDate startDate, LocalDate endDate,
		Set<String> areas, List<MilestoneView> milestones, Rag derivedRag, Rag ragOverride, String ragOverrideReason,
		long version) {

	/** The RAG shown: the override when there is one, else the derived one. */
	public Rag rag() {
		return (this.ragOverride != null) ? this.ragOverride : this.derivedRag;
	}

	public boolean overridden() {
		return this.ragOverride != null;
	}

}
