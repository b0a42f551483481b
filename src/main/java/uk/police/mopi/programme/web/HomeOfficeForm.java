package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.programme.MilestoneStatus;

/**
 * What the programme team records for a Home Office milestone: its forecast, the date it
 * was achieved, its status and outcome, and why. The milestone comes as "code@version".
 */
class HomeOfficeForm {

	private String milestone;

	private long version;

	private MilestoneStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate forecast;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actual;

	private String outcome;

	private String reason;

	public String getMilestone() {
		return this.milestone;
	}

	public void setMilestone(String milestone) {
		int at = (milestone != null) ? milestone.lastIndexOf('@') : -1;
		this.milestone = (at < 0) ? milestone : milestone.substring(0, at);
		if (at >= 0) {
			try {
				this.version = Long.parseLong(milestone.substring(at + 1));
			}
			catch (NumberFormatException ex) {
				this.version = -1;
			}
		}
	}

	long getVersion() {
		return this.version;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public void setStatus(MilestoneStatus status) {
		this.status = status;
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

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
