package uk.police.mopi.returns;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may do what with the Home Office return: it is the force's, so the Investment
 * Board, the programme team and administrators read and download it (an area owner, who
 * sees only their areas, does not); the programme team prepares and submits it. Handlers
 * ask {@code @returnsPolicy}, templates too, and the service asks again.
 */
@Component("returnsPolicy")
public class ReturnsPolicy {

	public boolean canRead(Authentication authentication) {
		return canRead(PortalUser.from(authentication));
	}

	public boolean canRead(PortalUser user) {
		return user != null && (user.is(Role.BOARD) || user.is(Role.PROGRAMME_TEAM) || user.is(Role.ADMIN));
	}

	public boolean canSubmit(Authentication authentication) {
		return canSubmit(PortalUser.from(authentication));
	}

	public boolean canSubmit(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

}
