package uk.police.mopi.board;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pack without its figures.
 *
 * @param id its id
 * @param meeting the meeting it is for
 * @param title its title
 * @param asAt the date its figures are as at (a draft's: the meeting's date or today,
 * whichever is earlier)
 * @param status draft or published
 * @param narrative what the programme team wrote
 * @param publishedAt when it was published, or null
 * @param publishedBy who published it (username), or null
 * @param version optimistic-lock version
 */
public record PackView(long id, MeetingView meeting, String title, LocalDate asAt, PackStatus status,
		Narrative narrative, Instant publishedAt, String publishedBy, long version) {

	public boolean draft() {
		return this.status == PackStatus.DRAFT;
	}

}
