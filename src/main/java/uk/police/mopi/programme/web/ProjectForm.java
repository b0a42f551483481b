package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.programme.ProjectDetails;
import uk.police.mopi.programme.ProjectStatus;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Workstream;

/** The project form, for a new project and a change. */
class ProjectForm {

	private String code;

	private String name;

	private String description;

	private Workstream workstream;

	private Long sponsorId;

	private Long managerId;

	private ProjectStatus status = ProjectStatus.PROPOSED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private Set<String> areas = new LinkedHashSet<>();

	private long version;

	static ProjectForm of(ProjectView project) {
		ProjectForm form = new ProjectForm();
		form.code = project.code();
		form.name = project.name();
		form.description = project.description();
		form.workstream = project.workstream();
		form.sponsorId = project.sponsorId();
		form.managerId = project.managerId();
		form.status = project.status();
		form.startDate = project.startDate();
		form.endDate = project.endDate();
		form.areas = new LinkedHashSet<>(project.areas());
		form.version = project.version();
		return form;
	}

	ProjectDetails toDetails() {
		return new ProjectDetails((this.code != null) ? this.code.strip().toUpperCase(Locale.ROOT) : null,
				(this.name != null) ? this.name.strip() : null,
				(this.description != null) ? this.description.strip() : null, this.workstream, this.sponsorId,
				this.managerId, this.status, this.startDate, this.endDate, this.areas);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Workstream getWorkstream() {
		return this.workstream;
	}

	public void setWorkstream(Workstream workstream) {
		this.workstream = workstream;
	}

	public Long getSponsorId() {
		return this.sponsorId;
	}

	public void setSponsorId(Long sponsorId) {
		this.sponsorId = sponsorId;
	}

	public Long getManagerId() {
		return this.managerId;
	}

	public void setManagerId(Long managerId) {
		this.managerId = managerId;
	}

	public ProjectStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Set<String> getAreas() {
		return this.areas;
	}

	public void setAreas(Set<String> areas) {
		this.areas = (areas != null) ? areas : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
