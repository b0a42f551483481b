package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a project's page shows, composed by {@link ProjectPages#page(String)}.
 *
 * @param project the project with its milestones and RAG
 * @param deliveries the assessments its milestones raise, with their lateness
 * @param allMilestones every milestone, for the dependency form
 * @param dependencies the dependencies of its milestones, either way
 * @param today today, the latest date an outcome can be recorded on
 * @param confidence the project's delivery confidence
 * @param notDelivered its traces not delivered, as
 * {@link DeliveryFollowUp#traceKey(String, uk.police.mopi.assessment.CellKey)}
 */
public record ProjectPage(ProjectView project, List<DeliveryView> deliveries, List<MilestoneView> allMilestones,
		List<TimelineView.Dependency> dependencies, LocalDate today, DeliveryConfidence.ConfidenceView confidence,
		Set<String> notDelivered) {

	/** Whether one of its traces is not delivered. */
	public boolean notDelivered(DeliveryView delivery) {
		return this.notDelivered.contains(DeliveryFollowUp.traceKey(delivery.milestoneCode(),
				uk.police.mopi.assessment.CellKey.of(delivery.requirementCode(), delivery.area())));
	}

}
