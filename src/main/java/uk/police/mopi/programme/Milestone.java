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
		changed(by, now);
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
