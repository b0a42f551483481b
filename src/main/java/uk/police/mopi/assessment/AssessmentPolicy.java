package uk.police.mopi.assessment;

import org.springframework.security.access.AccessDeniedException;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may do what to an assessment. The programme team changes any assessment; an area
 * owner adds evidence and comments and proposes levels in the areas they own; the board
 * and administrators read.
 */
public final class AssessmentPolicy {

	private AssessmentPolicy() {
	}

	public static boolean canEdit(PortalUser user) {
		return user != null && user.role() == Role.PROGRAMME_TEAM;
	}

	public static boolean canContribute(PortalUser user, CellKey key) {
		return canEdit(user) || canPropose(user, key);
	}

	public static boolean canPropose(PortalUser user, CellKey key) {
		return user != null && !key.forceWide() && user.owns(key.areaCode());
	}

	static void requireEdit(PortalUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("Only the programme team may change assessments");
		}
	}

	static void requireContribute(PortalUser user, CellKey key) {
		if (!canContribute(user, key)) {
			throw new AccessDeniedException("Only the programme team and the area's owners may add to " + key);
		}
	}

	static void requirePropose(PortalUser user, CellKey key) {
		if (!canPropose(user, key)) {
			throw new AccessDeniedException("Only the owners of the area may propose a level for " + key);
		}
	}

}
