package uk.police.mopi.board;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may read and write the Board cycle (meetings, packs, decisions): all force-wide, so
 * the Board, the programme team and administrators read, area owners do not; the
 * programme team writes (meetings, drafts, publishing, what the Board decided).
 */
@Component("boardPolicy")
public class BoardPolicy {

	public boolean canRead(Authentication authentication) {
		PortalUser user = PortalUser.from(authentication);
		return user != null && (user.is(Role.BOARD) || user.is(Role.PROGRAMME_TEAM) || user.is(Role.ADMIN));
	}

	public boolean canWrite(Authentication authentication) {
		return canWrite(PortalUser.from(authentication));
	}

	public boolean canWrite(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

}
