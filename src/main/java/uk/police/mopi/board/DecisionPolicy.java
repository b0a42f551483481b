package uk.police.mopi.board;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may read and record the Board's decisions: force-wide money, so the Board, the
 * programme team and administrators read the register, area owners do not; the programme
 * team records what the Board decided.
 */
@Component("decisionPolicy")
public class DecisionPolicy {

	public boolean canRead(Authentication authentication) {
		PortalUser user = PortalUser.from(authentication);
		return user != null && (user.is(Role.BOARD) || user.is(Role.PROGRAMME_TEAM) || user.is(Role.ADMIN));
	}

	public boolean canRecord(Authentication authentication) {
		return canRecord(PortalUser.from(authentication));
	}

	public boolean canRecord(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

}
