package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import uk.police.mopi.shared.ConcurrentChangeException;

/**
 * Refuses a change based on a stale version of a project or milestone: names who changed
 * it and when, and shows their version beside the refused one, field by field.
 */
@Component
class PlanConflicts {

	private final People people;

	private final ProgrammeHistory history;

	PlanConflicts(People people, ProgrammeHistory history) {
		this.people = people;
		this.history = history;
	}

	/** A change to the project's details. */
	ConcurrentChangeException project(Project current, ProjectDetails yours) {
		People.Names names = this.people.names();
		return start("subject.project", current.getCode(), current.getUpdatedBy(), current, names)
			.field("name", "project.name", current.getName(), yours.name())
			.field("description", "project.description", current.getDescription(), yours.description())
			.field("workstream", "project.workstream", "workstream.", current.getWorkstream(), yours.workstream())
			.field("sponsorId", "project.sponsor", names.of(current.getSponsorId()), names.of(yours.sponsorId()))
			.field("managerId", "project.manager", names.of(current.getManagerId()), names.of(yours.managerId()))
			.field("status", "project.status", "projectStatus.", current.getStatus(), yours.status())
			.field("startDate", "project.start", current.getStartDate(), yours.startDate())
			.field("endDate", "project.end", current.getEndDate(), yours.endDate())
			.field("areas", "project.areas", areas(current.getAreas()), areas(yours.areas()))
			.currentPath("/projects/" + current.getCode())
			.build();
	}

	/** A change to the project's RAG override. */
	ConcurrentChangeException rag(Project current, Rag rag, String reason) {
		return start("subject.project", current.getCode(), current.getUpdatedBy(), current, this.people.names())
			.field("rag", "plan.rag.value", "rag.", current.getRagOverride(), rag)
			.field("ragReason", "plan.rag.reason", current.getRagOverrideReason(), reason)
			.currentPath("/projects/" + current.getCode())
			.build();
	}

	/** A change to the project's delivery confidence override. */
	ConcurrentChangeException confidence(Project current, Confidence confidence, String reason) {
		return start("subject.project", current.getCode(), current.getUpdatedBy(), current, this.people.names())
			.field("confidence", "confidence.override.value", "confidence.", current.getConfidenceOverride(),
					confidence)
			.field("confidenceReason", "confidence.override.reason", current.getConfidenceOverrideReason(), reason)
			.currentPath("/projects/" + current.getCode())
			.build();
	}

	/**
	 * A change to a milestone's forecast or outcome: the state it would have had and the
	 * reason given.
	 */
	ConcurrentChangeException milestone(Milestone current, String projectCode, LocalDate forecast,
			MilestoneStatus status, LocalDate actual, String reason) {
		return start("subject.milestone", current.getCode(), current.getUpdatedBy(), current, this.people.names())
			.field("forecast", "milestones.col.forecast", current.getForecastDate(), forecast)
			.field("actual", "milestones.col.actual", current.getActualDate(), actual)
			.field("status", "milestones.col.status", "milestoneStatus.", current.getStatus(), status)
			.field("reason", "plan.reason", this.history.lastReason(current.getId()), reason)
			.currentPath((projectCode != null) ? "/projects/" + projectCode : "/milestones")
			.build();
	}

	private static ConcurrentChangeException.Builder start(String subject, String code, String updatedBy,
			uk.police.mopi.shared.persistence.AuditedEntity current, People.Names names) {
		return ConcurrentChangeException.on(subject, code)
			.changedBy(names.ofUsername(updatedBy), current.getUpdatedAt(), current.getVersion());
	}

	private static String areas(Collection<String> areas) {
		return String.join(", ", new TreeSet<>(Objects.requireNonNullElse(areas, java.util.Set.of())));
	}

}
