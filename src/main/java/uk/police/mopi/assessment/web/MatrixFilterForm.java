package uk.police.mopi.assessment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.ComplianceLevel;

/** The matrix's filters, as a GET form. */
class MatrixFilterForm {

	private String section;

	private String area;

	private boolean priority;

	private ComplianceLevel level;

	private boolean gaps;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asAt;

	AssessmentMatrix.Filter toFilter() {
		return new AssessmentMatrix.Filter(blankToNull(this.section), blankToNull(this.area), this.priority, this.level,
				this.gaps, this.asAt);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
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

	public boolean isPriority() {
		return this.priority;
	}

	public void setPriority(boolean priority) {
		this.priority = priority;
	}

	public ComplianceLevel getLevel() {
		return this.level;
	}

	public void setLevel(ComplianceLevel level) {
		this.level = level;
	}

	public boolean isGaps() {
		return this.gaps;
	}

	public void setGaps(boolean gaps) {
		this.gaps = gaps;
	}

	public LocalDate getAsAt() {
		return this.asAt;
	}

	public void setAsAt(LocalDate asAt) {
		this.asAt = asAt;
	}

}
