package uk.police.mopi.board;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.dashboard.BoardPackLinks;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * The last published pack and the latest draft, for the dashboard and the home page: one
 * statement that never reads the frozen figures.
 */
@Service
@Transactional(readOnly = true)
class PackLinks implements BoardPackLinks {

	private final JdbcClient jdbc;

	PackLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Latest latest(PortalUser viewer) {
		if (viewer == null || viewer.role() == Role.AREA_OWNER) {
			return new Latest(null, null);
		}
		Link[] links = new Link[2];
		this.jdbc.sql("""
				select p.id, p.title, p.status, p.as_at, p.published_at, m.meeting_date
				from board_pack p join board_meeting m on m.id = p.meeting_id
				where p.id = (select id from board_pack where status = 'PUBLISHED'
				              order by as_at desc, published_at desc, id desc limit 1)
				   or p.id = (select id from board_pack where status = 'DRAFT' order by id desc limit 1)
				""").query((rs) -> {
			Timestamp published = rs.getTimestamp("published_at");
			links[(published != null) ? 0 : 1] = new Link(rs.getLong("id"), rs.getString("title"),
					rs.getObject("meeting_date", LocalDate.class), rs.getObject("as_at", LocalDate.class),
					(published != null) ? published.toInstant() : null);
		});
		return new Latest(links[0], links[1]);
	}

}
