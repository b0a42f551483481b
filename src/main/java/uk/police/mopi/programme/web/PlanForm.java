package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.programme.DependencyKind;
import uk.police.mopi.programme.Rag;

/**
 * The small forms on a project's page: add a milestone, move a forecast, record an
 * outcome, add a dependency, trace an assessment, override the RAG. Each uses only its
 * own fields.
 */
class PlanForm {

	private String milestoneCode;

	private String milestoneTitle;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate milestoneBaseline;

	private String milestone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate forecast;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actual;

	private boolean achieved = true;

	private String reason;

	private String predecessor;

	private String successor;

	private int lagDays;

	private DependencyKind kind = DependencyKind.FS;

	private String requirement;

	private String area;

	private String level = "GOOD";

	private Rag rag;

	private String ragReason;

	private Long version;

	private long milestoneVersion;

	public String getMilestoneCode() {
		return this.milestoneCode;
	}

	public void setMilestoneCode(String milestoneCode) {
		this.milestoneCode = (milestoneCode != null) ? milestoneCode.strip().toUpperCase(java.util.Locale.ROOT) : null;
	}

	public String getMilestoneTitle() {
		return this.milestoneTitle;
	}

	public void setMilestoneTitle(String milestoneTitle) {
		this.milestoneTitle = milestoneTitle;
	}

	public LocalDate getMilestoneBaseline() {
		return this.milestoneBaseline;
	}

	public void setMilestoneBaseline(LocalDate milestoneBaseline) {
		this.milestoneBaseline = milestoneBaseline;
	}

	public String getMilestone() {
		return this.milestone;
	}

	/**
	 * A milestone code, or {@code CODE@version} from the forms that change a milestone (a
	 * list of milestones, each with its own version), so the change carries the version
	 * it was based on unless a {@code version} is posted too (as the 409 page does when
	 * it applies a refused change to the current version).
	 */
	public void setMilestone(String milestone) {
		int at = (milestone != null) ? milestone.lastIndexOf('@') : -1;
		if (at < 0) {
			this.milestone = milestone;
			return;
		}
		this.milestone = milestone.substring(0, at);
		try {
			this.milestoneVersion = Long.parseLong(milestone.substring(at + 1));
		}
		catch (NumberFormatException ex) {
			this.milestoneVersion = -1;
		}
	}

	public LocalDate getForecast() {
		return this.forecast;
	}

	public void setForecast(LocalDate forecast) {
		this.forecast = forecast;
	}

	public LocalDate getActual() {
		return this.actual;
	}

	public void setActual(LocalDate actual) {
		this.actual = actual;
	}

	public boolean isAchieved() {
		return this.achieved;
	}

	public void setAchieved(boolean achieved) {
		this.achieved = achieved;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getPredecessor() {
		return this.predecessor;
	}

	public void setPredecessor(String predecessor) {
		this.predecessor = predecessor;
	}

	public String getSuccessor() {
		return this.successor;
	}

	public void setSuccessor(String successor) {
		this.successor = successor;
	}

	public int getLagDays() {
		return this.lagDays;
	}

	public void setLagDays(int lagDays) {
		this.lagDays = lagDays;
	}

	public String getRequirement() {
		return this.requirement;
	}

	public void setRequirement(String requirement) {
		this.requirement = (requirement != null) ? requirement.strip().toUpperCase(java.util.Locale.ROOT) : null;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public Rag getRag() {
		return this.rag;
	}

	public void setRag(Rag rag) {
		this.rag = rag;
	}

	public String getRagReason() {
		return this.ragReason;
	}

	public void setRagReason(String ragReason) {
		this.ragReason = ragReason;
	}

	/** The version the change is based on: the posted one, else the milestone's. */
	public Long getVersion() {
		return (this.version != null) ? this.version : this.milestoneVersion;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public DependencyKind getKind() {
		return this.kind;
	}

	public void setKind(DependencyKind kind) {
		this.kind = kind;
	}

}
