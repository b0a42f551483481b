package uk.police.mopi.programme;

/**
 * The documented rule for delivery confidence (docs/delivery-and-status.md). It starts
 * from the RAG (a project's) or the derived status of full compliance (the programme's):
 * Green gives Green, Amber gives Amber, Red gives Amber/Red. Each concern below makes it
 * one point worse, down to Red.
 * <ul>
 * <li>A project: a traced assessment not delivered (its milestone achieved more than the
 * grace period ago, the assessment still below plan); a traced assessment whose milestone
 * is forecast after the full-compliance deadline.</li>
 * <li>The programme: any traced assessment not delivered; more than a quarter of the
 * projects Red.</li>
 * </ul>
 */
public final class ConfidenceRule {

	private ConfidenceRule() {
	}

	public static Confidence project(Rag rag, boolean notDelivered, boolean lateForDeadline) {
		return Confidence.from(rag).worse((notDelivered ? 1 : 0) + (lateForDeadline ? 1 : 0));
	}

	public static Confidence programme(Rag fullCompliance, long notDelivered, long redProjects, long projects) {
		boolean manyRed = projects > 0 && redProjects * 4 > projects;
		return Confidence.from(fullCompliance).worse(((notDelivered > 0) ? 1 : 0) + (manyRed ? 1 : 0));
	}

}
