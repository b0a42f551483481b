package uk.police.mopi.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/** A milestone of the programme (Home Office) or of a project. */
@Entity
@Table(name = "milestone")
class Milestone extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private MilestoneKind kind;

	private Long projectId;

	private LocalDate baselineDate;

	private LocalDate forecastDate;

	private LocalDate actualDate;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status;

	private boolean baseline;

	/** When work towards it starts, or null for a milestone that is a point in time. */
	private LocalDate startDate;

	/** What came of it, in words (Home Office milestones). */
	private String outcome;

	private Instant removedAt;

	private String removedBy;

	private String removalReason;

	protected Milestone() {
	}

	Milestone(long projectId, String code, String title, String description, LocalDate baselineDate, Instant now,
			String by) {
		this.projectId = projectId;
		this.kind = MilestoneKind.PROJECT;
		this.code = code;
		this.title = title;
		this.description = description;
		this.baselineDate = baselineDate;
		this.forecastDate = baselineDate;
		this.status = MilestoneStatus.PLANNED;
		created(by, now);
	}

	void forecast(LocalDate date, Instant now, String by) {
		this.forecastDate = date;
		if (this.startDate != null && this.startDate.isAfter(date)) {
			this.startDate = date;
		}
		changed(by, now);
	}

	/** Moves the start (null: a point in time), which may not be after the forecast. */
	void start(LocalDate date, Instant now, String by) {
		this.startDate = date;
		changed(by, now);
	}

	/** Home Office milestones: the programme team records what the Home Office says. */
	void record(LocalDate forecast, LocalDate actual, MilestoneStatus status, String outcome, Instant now, String by) {
		this.forecastDate = (actual != null) ? actual : forecast;
		this.actualDate = actual;
		this.status = status;
		this.outcome = outcome;
		changed(by, now);
	}

	void remove(String reason, Instant now, String by) {
		this.removedAt = now;
		this.removedBy = by;
		this.removalReason = reason;
		changed(by, now);
	}

	boolean isRemoved() {
		return this.removedAt != null;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	String getOutcome() {
		return this.outcome;
	}

	MilestoneKind getKind() {
		return this.kind;
	}

	void achieve(LocalDate date, Instant now, String by) {
		this.status = MilestoneStatus.ACHIEVED;
		this.actualDate = date;
		this.forecastDate = date;
		changed(by, now);
	}

	void miss(Instant now, String by) {
		this.status = MilestoneStatus.MISSED;
		this.actualDate = null;
		changed(by, now);
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	LocalDate getForecastDate() {
		return this.forecastDate;
	}

	LocalDate getBaselineDate() {
		return this.baselineDate;
	}

	LocalDate getActualDate() {
		return this.actualDate;
	}

	MilestoneStatus getStatus() {
		return this.status;
	}

	Long getProjectId() {
		return this.projectId;
	}

}
