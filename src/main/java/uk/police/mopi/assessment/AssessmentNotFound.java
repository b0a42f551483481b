package uk.police.mopi.assessment;

import uk.police.mopi.shared.NotFoundException;

/** Thrown when no assessment exists for a requirement and area. */
class AssessmentNotFound {

	private AssessmentNotFound() {
	}

	static NotFoundException of(CellKey key) {
		return new NotFoundException(
				"There is no assessment for requirement " + key.requirementCode() + " in " + key.area()
						+ ". Check the requirement code and the area code (or FORCE for force-wide requirements).");
	}

}
