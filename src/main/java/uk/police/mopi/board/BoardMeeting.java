package uk.police.mopi.board;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/** A meeting of the Investment Board: its date, title and who attends. */
@Entity
@Table(name = "board_meeting")
class BoardMeeting extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate meetingDate;

	private String title;

	private String attendees;

	protected BoardMeeting() {
	}

	BoardMeeting(LocalDate meetingDate, String title, String attendees, String by, Instant at) {
		this.meetingDate = meetingDate;
		this.title = title;
		this.attendees = attendees;
		created(by, at);
	}

	Long getId() {
		return this.id;
	}

	LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	String getTitle() {
		return this.title;
	}

	String getAttendees() {
		return this.attendees;
	}

}
