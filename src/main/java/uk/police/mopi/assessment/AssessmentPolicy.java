package uk.police.mopi.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may do what to an assessment. The programme team changes any assessment; an area
 * owner adds evidence and comments and proposes levels in the areas they own; the board
 * and administrators read. Handlers declare these rules with
 * {@code @PreAuthorize("@assessmentPolicy.canEdit(authentication)")}, templates ask
 * {@code ${@assessmentPolicy.canEdit(#authentication)}}, and the service asks again as a
 * second line of defence.
 */
@Component("assessmentPolicy")
public class AssessmentPolicy {

	/** Whether this person may change levels, targets and applicability, and decide. */
	public boolean canEdit(Authentication authentication) {
		return edits(PortalUser.from(authentication));
	}

	/** Whether this person may add evidence and comments to the assessment. */
	public boolean canContribute(Authentication authentication, String requirement, String area) {
		return contributes(PortalUser.from(authentication), CellKey.of(requirement, area));
	}

	/** Whether this person may propose a level for the assessment. */
	public boolean canPropose(Authentication authentication, String requirement, String area) {
		return proposes(PortalUser.from(authentication), CellKey.of(requirement, area));
	}

	void requireEdit(PortalUser user) {
		if (!edits(user)) {
			throw new AccessDeniedException("Only the programme team may change assessments");
		}
	}

	void requireContribute(PortalUser user, CellKey key) {
		if (!contributes(user, key)) {
			throw new AccessDeniedException("Only the programme team and the area's owners may add to " + key);
		}
	}

	void requirePropose(PortalUser user, CellKey key) {
		if (!proposes(user, key)) {
			throw new AccessDeniedException("Only the owners of the area may propose a level for " + key);
		}
	}

	/** Evidence is withdrawn by the programme team or by whoever added it. */
	void requireWithdraw(PortalUser user, String addedBy) {
		if (!edits(user) && (user == null || !user.getUsername().equals(addedBy))) {
			throw new AccessDeniedException("Only the programme team or whoever added it may withdraw evidence");
		}
	}

	/**
	 * As {@link #canEdit(Authentication)}, for a service composing a page for a person.
	 */
	public boolean canEdit(PortalUser user) {
		return edits(user);
	}

	private static boolean edits(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

	private static boolean contributes(PortalUser user, CellKey key) {
		return edits(user) || proposes(user, key);
	}

	private static boolean proposes(PortalUser user, CellKey key) {
		return user != null && !key.forceWide() && user.owns(key.areaCode());
	}

}
