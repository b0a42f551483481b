package uk.police.mopi.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.audit.AuditFilter;

/** The audit page's filter, bound from the query string. */
public class AuditFilterForm {

	private String who;

	private String action;

	private String subject;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page = 1;

	AuditFilter toFilter() {
		return new AuditFilter(this.who, this.action, this.subject, this.from, this.to);
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
