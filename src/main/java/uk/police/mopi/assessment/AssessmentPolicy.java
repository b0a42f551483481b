package uk.police.mopi.assessment;

import java.util.Locale;
import java.util.Set;

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

	/**
	 * Whether this person may read the assessments of an area (a code, or
	 * {@link CellKey#FORCE}, any case): an area owner only those of the areas they own
	 * and the force-wide ones; everyone else signed in, all.
	 */
	public boolean canRead(Authentication authentication, String area) {
		PortalUser user = PortalUser.from(authentication);
		return user != null && reads(scope(user), area);
	}

	/**
	 * The business areas whose assessments this person reads, or null for all of them:
	 * the one place the assessment module's read models learn their scope.
	 */
	public Set<String> scope(PortalUser user) {
		return (user != null) ? user.programmeScope() : null;
	}

	/** As {@link #scope(PortalUser)}, for a handler with the authentication at hand. */
	public Set<String> scope(Authentication authentication) {
		return scope(PortalUser.from(authentication));
	}

	/** Whether a scope (null for all) takes in an area's assessments. */
	static boolean reads(Set<String> scope, String area) {
		if (scope == null || area == null) {
			return true;
		}
		String code = area.trim().toUpperCase(Locale.ROOT);
		return CellKey.FORCE.equals(code) || scope.contains(code);
	}

	/** Whether a scope (null for all) takes in this assessment. */
	static boolean reads(Set<String> scope, CellKey key) {
		return key.forceWide() || scope == null || scope.contains(key.areaCode());
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
