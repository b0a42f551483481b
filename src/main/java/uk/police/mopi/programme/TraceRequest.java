package uk.police.mopi.programme;

import java.util.List;
import java.util.Set;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * Which assessments to trace to one milestone: the ticked ones ({@code cells}), or when
 * none is ticked those of a section and some areas.
 *
 * @param milestone the milestone's code
 * @param section a section's code, or null for every section
 * @param areas area codes ({@link CellKey#FORCE} for force-wide), empty for every area
 * @param unplannedOnly only gaps that no milestone closes yet
 * @param level the level to raise them to, or null for each assessment's target
 * @param cells the ticked assessments; empty to trace by section and areas
 */
public record TraceRequest(String milestone, String section, Set<String> areas, boolean unplannedOnly,
		ComplianceLevel level, List<CellKey> cells) {

	public TraceRequest {
		areas = (areas != null) ? Set.copyOf(areas) : Set.of();
		cells = (cells != null) ? List.copyOf(cells) : List.of();
	}

	public boolean ticked() {
		return !this.cells.isEmpty();
	}

}
