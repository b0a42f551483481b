package uk.police.mopi.board.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A new Board meeting. */
class MeetingForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate meetingDate;

	private String title;

	private String attendees;

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public void setMeetingDate(LocalDate meetingDate) {
		this.meetingDate = meetingDate;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees;
	}

}
