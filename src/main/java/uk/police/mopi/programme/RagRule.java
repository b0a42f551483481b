package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The documented rule for a project's RAG status, unless overridden with a reason:
 * <ul>
 * <li><b>Red</b>: a milestone is overdue or missed, or forecast after the project's end
 * date;</li>
 * <li><b>Amber</b>: a milestone is forecast after its baseline;</li>
 * <li><b>Green</b>: otherwise.</li>
 * </ul>
 */
public final class RagRule {

	private RagRule() {
	}

	public static Rag derive(LocalDate projectEnd, Collection<MilestoneView> milestones) {
		boolean red = milestones.stream()
			.anyMatch((m) -> m.progress() == MilestoneProgress.OVERDUE || m.progress() == MilestoneProgress.MISSED
					|| m.status() == MilestoneStatus.PLANNED && m.forecastDate().isAfter(projectEnd));
		if (red) {
			return Rag.RED;
		}
		boolean amber = milestones.stream().anyMatch((m) -> m.progress() == MilestoneProgress.AT_RISK);
		return amber ? Rag.AMBER : Rag.GREEN;
	}

}
