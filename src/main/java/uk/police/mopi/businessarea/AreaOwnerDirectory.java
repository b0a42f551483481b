package uk.police.mopi.businessarea;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * Names the owners of each business area. Implemented by the module that knows the
 * people, so that this module needs nothing from it.
 */
public interface AreaOwnerDirectory {

	/** Display names of the enabled owners, by business area code. */
	Map<String, List<String>> ownersByArea();

	/**
	 * The codes of the business areas a signed-in person reads: an area owner's own, or
	 * null for all of them (everyone else).
	 */
	Set<String> scopeOf(Authentication authentication);

}
