package uk.police.mopi.assessment.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.util.UriComponentsBuilder;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ClosingMilestones;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.web.ReturnPath;

/** The addresses of an assessment's pages, and the key they name. */
final class CellPaths {

	private CellPaths() {
	}

	/** The assessment an address names; 404 for anything that cannot be one. */
	static CellKey key(String requirement, String area) {
		if (!requirement.matches("[A-Za-z]{2,6}-[0-9]{2,3}") || !area.matches("[A-Za-z]{2,6}")) {
			throw new NotFoundException("No such assessment");
		}
		return CellKey.of(requirement, area);
	}

	static String path(CellKey key) {
		return "/assessments/" + key.requirementCode() + "/" + key.area();
	}

	static String redirect(CellKey key) {
		return "redirect:" + path(key);
	}

	/**
	 * The assessment's page, carrying where the person came from (a path
	 * {@link ReturnPath} has checked, or null) so that its back link still leads there.
	 */
	static String redirect(CellKey key, String returnTo) {
		if (returnTo == null) {
			return redirect(key);
		}
		return "redirect:" + UriComponentsBuilder.fromPath(path(key))
			.queryParam("returnTo", returnTo)
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * The milestones traced to the assessment; none where no module provides them (a web
	 * slice test).
	 */
	static List<ClosingMilestones.Closing> closing(ObjectProvider<ClosingMilestones> closing, CellKey key) {
		ClosingMilestones milestones = closing.getIfAvailable();
		return (milestones != null) ? milestones.closing(key) : List.of();
	}

	/** Where the person came from, when it is a safe local path; otherwise null. */
	static String returnTo(String asked) {
		return ReturnPath.safe(asked);
	}

}
