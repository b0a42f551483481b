package uk.police.mopi.assessment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.ComplianceLevel;

/** One change for many assessments, chosen by section and area, with one rationale. */
class BulkForm {

	private String section;

	private String area;

	private boolean priorityOnly;

	private boolean forceWide;

	private ComplianceLevel level;

	private boolean changeTarget;

	private ComplianceLevel targetLevel;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;

	private String rationale;

	private boolean confirm;

	private String previewed;

	AssessmentChange toChange() {
		return new AssessmentChange(this.level, null, null, this.changeTarget, this.targetLevel, this.targetDate,
				(this.rationale == null || this.rationale.isBlank()) ? null : this.rationale.strip());
	}

	/**
	 * The selection and change as one text: a confirmation applies only what was
	 * previewed, and a form changed since its preview is previewed again.
	 */
	String selection() {
		return String.join("|", String.valueOf(this.section), String.valueOf(this.area),
				String.valueOf(this.priorityOnly), String.valueOf(this.forceWide), String.valueOf(this.level),
				String.valueOf(this.changeTarget), String.valueOf(this.targetLevel), String.valueOf(this.targetDate),
				String.valueOf(this.rationale));
	}

	/**
	 * Whether this is the confirmation of the preview of this very selection and change.
	 */
	boolean confirmsItsPreview() {
		return this.confirm && selection().equals(this.previewed);
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

	public String getPreviewed() {
		return this.previewed;
	}

	public void setPreviewed(String previewed) {
		this.previewed = previewed;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public boolean isPriorityOnly() {
		return this.priorityOnly;
	}

	public void setPriorityOnly(boolean priorityOnly) {
		this.priorityOnly = priorityOnly;
	}

	public boolean isForceWide() {
		return this.forceWide;
	}

	public void setForceWide(boolean forceWide) {
		this.forceWide = forceWide;
	}

	public ComplianceLevel getLevel() {
		return this.level;
	}

	public void setLevel(ComplianceLevel level) {
		this.level = level;
	}

	public boolean isChangeTarget() {
		return this.changeTarget;
	}

	public void setChangeTarget(boolean changeTarget) {
		this.changeTarget = changeTarget;
	}

	public ComplianceLevel getTargetLevel() {
		return this.targetLevel;
	}

	public void setTargetLevel(ComplianceLevel targetLevel) {
		this.targetLevel = targetLevel;
	}

	public LocalDate getTargetDate() {
		return this.targetDate;
	}

	public void setTargetDate(LocalDate targetDate) {
		this.targetDate = targetDate;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

}
