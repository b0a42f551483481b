package uk.police.mopi.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import uk.police.mopi.user.PortalUser;

/**
 * The Board's packs as the dashboard and the home page link to them: the last published
 * pack and the latest draft. Declared here because the board module, which owns the
 * packs, depends on this one; the board module implements it.
 */
public interface BoardPackLinks {

	/**
	 * The last published pack and the latest draft this person may read (both null for an
	 * area owner: a pack is force-wide), from one statement.
	 */
	Latest latest(PortalUser viewer);

	/**
	 * The packs linked to.
	 *
	 * @param published the last published pack, or null
	 * @param draft the latest draft, or null
	 */
	record Latest(Link published, Link draft) {

		public boolean any() {
			return this.published != null || this.draft != null;
		}

	}

	/**
	 * A pack linked to.
	 *
	 * @param id its id
	 * @param title its title
	 * @param meetingDate its meeting's date
	 * @param asAt the date of its figures
	 * @param publishedAt when published, or null for a draft
	 */
	record Link(long id, String title, LocalDate meetingDate, LocalDate asAt, Instant publishedAt) {
	}

}
