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
import jakarta.persistence.Version;

/** A project of the programme. */
@Entity
@Table(name = "project")
class Project {

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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_area", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "business_area_code")
	private Set<String> areas = new TreeSet<>();

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	protected Project() {
	}

	Project(ProjectDetails details, Instant now, String by) {
		this.code = details.code();
		this.createdAt = now;
		this.createdBy = by;
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
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void overrideRag(Rag rag, String reason, Instant now, String by) {
		this.ragOverride = rag;
		this.ragOverrideReason = (rag != null) ? reason : null;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	long getVersion() {
		return this.version;
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

}
