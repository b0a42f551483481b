package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project's page shows, composed by {@link ProjectPages#page(String)}.
 *
 * @param project the project with its milestones and RAG
 * @param deliveries the assessments its milestones raise, with their lateness
 * @param allMilestones every milestone, for the dependency form
 * @param dependencies the dependencies of its milestones, either way
 * @param today today, the latest date an outcome can be recorded on
 */
public record ProjectPage(ProjectView project, List<DeliveryView> deliveries, List<MilestoneView> allMilestones,
		List<TimelineView.Dependency> dependencies, LocalDate today) {
}
