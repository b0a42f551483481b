package uk.police.mopi.assessment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.ComplianceLevel;

/** The programme team's form for one assessment; carries the version it was based on. */
class AssessmentForm {

	private ComplianceLevel level;

	private boolean applicable = true;

	private String notApplicableReason;

	private ComplianceLevel targetLevel;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;

	private String rationale;

	private long version;

	static AssessmentForm of(AssessmentView view) {
		AssessmentForm form = new AssessmentForm();
		form.level = view.level();
		form.applicable = view.applicable();
		form.notApplicableReason = view.notApplicableReason();
		form.targetLevel = view.targetLevel();
		form.targetDate = view.targetDate();
		form.version = view.version();
		return form;
	}

	AssessmentChange toChange() {
		return new AssessmentChange(this.level, this.applicable, strip(this.notApplicableReason), true,
				this.targetLevel, this.targetDate, strip(this.rationale));
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public ComplianceLevel getLevel() {
		return this.level;
	}

	public void setLevel(ComplianceLevel level) {
		this.level = level;
	}

	public boolean isApplicable() {
		return this.applicable;
	}

	public void setApplicable(boolean applicable) {
		this.applicable = applicable;
	}

	public String getNotApplicableReason() {
		return this.notApplicableReason;
	}

	public void setNotApplicableReason(String notApplicableReason) {
		this.notApplicableReason = notApplicableReason;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
