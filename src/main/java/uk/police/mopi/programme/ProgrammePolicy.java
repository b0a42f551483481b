package uk.police.mopi.programme;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may see and change the programme, in one place: handlers ask it in
 * {@code @PreAuthorize("@programmePolicy...")}, templates in
 * {@code ${@programmePolicy.canPlan(#authentication)}}, services as a second line of
 * defence. The programme team plans; an area owner sees the projects touching the areas
 * they own; everyone else sees the whole programme.
 */
@Component("programmePolicy")
public class ProgrammePolicy {

	private final ObjectProvider<ProgrammeService> programme;

	/**
	 * The service is looked up only to see a project's areas, so web slices of other
	 * modules need not provide it.
	 */
	ProgrammePolicy(ObjectProvider<ProgrammeService> programme) {
		this.programme = programme;
	}

	/** True for the programme team: they change projects, milestones and the plan. */
	public boolean canPlan(Authentication authentication) {
		return canPlan(PortalUser.from(authentication));
	}

	/** As {@link #canPlan(Authentication)}, for a service checking its caller. */
	public boolean canPlan(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

	/**
	 * True when this person may see the project: an area owner only a project touching an
	 * area they own. A project that does not exist is "seen", so that asking for it gives
	 * "not found" to everyone alike.
	 */
	public boolean canSee(Authentication authentication, String projectCode) {
		PortalUser user = PortalUser.from(authentication);
		if (user == null) {
			return false;
		}
		Set<String> scope = scope(user);
		if (scope == null) {
			return true;
		}
		return this.programme.getObject()
			.areasOf(projectCode)
			.map((areas) -> areas.stream().anyMatch(scope::contains))
			.orElse(true);
	}

	/**
	 * The business areas whose projects this person sees on list pages and in the API, or
	 * null for all of them.
	 */
	public Set<String> scope(Authentication authentication) {
		return scope(PortalUser.from(authentication));
	}

	public Set<String> scope(PortalUser user) {
		return (user != null && user.is(Role.AREA_OWNER)) ? user.ownedAreas() : null;
	}

}
