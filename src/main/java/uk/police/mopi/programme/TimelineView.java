package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What the programme timeline shows: projects with their milestones, the programme's own
 * (Home Office) milestones, the dependencies between milestones, today and the deadline.
 *
 * @param today the date shown as today (or the 'as at' date)
 * @param deadline full compliance (the Home Office milestone's date)
 * @param projects projects in timeline order
 * @param programmeMilestones the Home Office milestones
 * @param dependencies finish-to-start dependencies between milestones, by code
 */
public record TimelineView(LocalDate today, LocalDate deadline, List<Project> projects,
		List<Milestone> programmeMilestones, List<Dependency> dependencies) {

	/**
	 * A project bar.
	 *
	 * @param code e.g. {@code P07}
	 * @param name name
	 * @param workstream workstream
	 * @param start start date
	 * @param end end date
	 * @param rag RAG status
	 * @param milestones its milestones
	 */
	public record Project(String code, String name, Workstream workstream, LocalDate start, LocalDate end, Rag rag,
			List<Milestone> milestones) {
	}

	/**
	 * A milestone marker.
	 *
	 * @param code e.g. {@code P07-M2}
	 * @param title title
	 * @param baseline baseline date
	 * @param forecast forecast date
	 * @param actual actual date, or null
	 * @param status planned, achieved or missed
	 * @param atRisk true when planned and forecast after baseline
	 */
	public record Milestone(String code, String title, LocalDate baseline, LocalDate forecast, LocalDate actual,
			MilestoneStatus status, boolean atRisk) {
	}

	/**
	 * A dependency between two milestones.
	 *
	 * @param predecessor code of the milestone waited for
	 * @param successor code of the milestone that waits
	 * @param lagDays days between them
	 * @param kind finish-to-start, start-to-start or finish-to-finish
	 */
	public record Dependency(String predecessor, String successor, int lagDays, DependencyKind kind) {

		/** A finish-to-start dependency. */
		public Dependency(String predecessor, String successor, int lagDays) {
			this(predecessor, successor, lagDays, DependencyKind.FS);
		}

	}

}
