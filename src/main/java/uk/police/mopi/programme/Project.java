package uk.police.mopi.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/** A project of the programme. */
@Entity
@Table(name = "project")
class Project extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private Workstream workstream;

	private Long sponsorId;

	private Long managerId;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private Rag ragOverride;

	private String ragOverrideReason;

	@Enumerated(EnumType.STRING)
	private Confidence confidenceOverride;

	private String confidenceOverrideReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_area", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "business_area_code")
	private Set<String> areas = new TreeSet<>();

	protected Project() {
	}

	Project(ProjectDetails details, Instant now, String by) {
		this.code = details.code();
		created(by, now);
		update(details, now, by);
	}

	void update(ProjectDetails details, Instant now, String by) {
		this.name = details.name();
		this.description = (details.description() != null) ? details.description() : "";
		this.workstream = details.workstream();
		this.sponsorId = details.sponsorId();
		this.managerId = details.managerId();
		this.status = details.status();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.areas.clear();
		this.areas.addAll(details.areas());
		changed(by, now);
	}

	void overrideRag(Rag rag, String reason, Instant now, String by) {
		this.ragOverride = rag;
		this.ragOverrideReason = (rag != null) ? reason : null;
		changed(by, now);
	}

	void overrideConfidence(Confidence confidence, String reason, Instant now, String by) {
		this.confidenceOverride = confidence;
		this.confidenceOverrideReason = (confidence != null) ? reason : null;
		changed(by, now);
	}

	Confidence getConfidenceOverride() {
		return this.confidenceOverride;
	}

	String getConfidenceOverrideReason() {
		return this.confidenceOverrideReason;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	ProjectStatus getStatus() {
		return this.status;
	}

	Rag getRagOverride() {
		return this.ragOverride;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	Workstream getWorkstream() {
		return this.workstream;
	}

	Long getSponsorId() {
		return this.sponsorId;
	}

	Long getManagerId() {
		return this.managerId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	String getRagOverrideReason() {
		return this.ragOverrideReason;
	}

	Set<String> getAreas() {
		return this.areas;
	}

}
