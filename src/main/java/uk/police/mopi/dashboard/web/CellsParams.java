package uk.police.mopi.dashboard.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.CellsQuery;

/** Which assessments behind a dashboard figure, as the GET parameters name them. */
class CellsParams {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asAt;

	private String area;

	private String section;

	private ComplianceLevel level;

	private ComplianceLevel atLeast;

	private boolean pastTarget;

	private int notReviewedMonths;

	CellsQuery toQuery() {
		return new CellsQuery(this.asAt, this.area, this.section, this.level, this.atLeast, this.pastTarget,
				this.notReviewedMonths);
	}

	public LocalDate getAsAt() {
		return this.asAt;
	}

	public void setAsAt(LocalDate asAt) {
		this.asAt = asAt;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public ComplianceLevel getLevel() {
		return this.level;
	}

	public void setLevel(ComplianceLevel level) {
		this.level = level;
	}

	public ComplianceLevel getAtLeast() {
		return this.atLeast;
	}

	public void setAtLeast(ComplianceLevel atLeast) {
		this.atLeast = atLeast;
	}

	public boolean isPastTarget() {
		return this.pastTarget;
	}

	public void setPastTarget(boolean pastTarget) {
		this.pastTarget = pastTarget;
	}

	public int getNotReviewedMonths() {
		return this.notReviewedMonths;
	}

	public void setNotReviewedMonths(int notReviewedMonths) {
		this.notReviewedMonths = notReviewedMonths;
	}

}
