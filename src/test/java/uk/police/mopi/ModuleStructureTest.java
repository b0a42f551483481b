package uk.police.mopi;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules keep to their public faces: no module reaches into another's internals, and
 * there are no cycles between modules.
 */
class ModuleStructureTest {

	@Test
	void shouldKeepModuleBoundaries() {
		ApplicationModules.of(MopiPortalApplication.class).verify();
	}

}
