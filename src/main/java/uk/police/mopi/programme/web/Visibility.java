package uk.police.mopi.programme.web;

import java.util.Set;

import uk.police.mopi.user.PortalUser;

/**
 * What of the programme a person sees: an area owner, the projects touching the areas
 * they own; everyone else, all of it.
 */
final class Visibility {

	private Visibility() {
	}

	/** The business areas whose projects this person sees, or null for all. */
	static Set<String> areasOf(PortalUser user) {
		return (user != null) ? user.programmeScope() : null;
	}

}
