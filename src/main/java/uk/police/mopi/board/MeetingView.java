package uk.police.mopi.board;

import java.time.LocalDate;

/**
 * A Board meeting.
 *
 * @param id its id
 * @param meetingDate the date it meets
 * @param title its title
 * @param attendees who attends, as written
 */
public record MeetingView(long id, LocalDate meetingDate, String title, String attendees) {

	static MeetingView of(BoardMeeting meeting) {
		return new MeetingView(meeting.getId(), meeting.getMeetingDate(), meeting.getTitle(), meeting.getAttendees());
	}

}
