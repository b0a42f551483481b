package uk.police.mopi.businessarea;

import java.util.List;
import java.util.Map;

/**
 * Names the owners of each business area. Implemented by the module that knows the
 * people, so that this module needs nothing from it.
 */
public interface AreaOwnerDirectory {

	/** Display names of the enabled owners, by business area code. */
	Map<String, List<String>> ownersByArea();

}
