package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.user.PortalUser;

/**
 * The compliance matrix: requirements down, business areas across, now or as at the end
 * of a date. Three queries whatever its size: requirements, areas, assessment states.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentMatrix {

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final AssessmentQueries queries;

	private final AssessmentPolicy policy;

	AssessmentMatrix(CatalogueService catalogue, BusinessAreaService areas, AssessmentQueries queries,
			AssessmentPolicy policy) {
		this.policy = policy;
		this.catalogue = catalogue;
		this.areas = areas;
		this.queries = queries;
	}

	/**
	 * What the matrix shows.
	 *
	 * @param section a section code, or null for all
	 * @param area a business area code, or null for all
	 * @param priorityOnly only the six priority areas
	 * @param level only cells at this level, or null for any
	 * @param gapsOnly only cells below their target
	 * @param asAt the end of this date, or null for now
	 */
	public record Filter(String section, String area, boolean priorityOnly, ComplianceLevel level, boolean gapsOnly,
			LocalDate asAt) {

		boolean filtersCells() {
			return this.level != null || this.gapsOnly;
		}

		boolean matches(AssessmentState state) {
			if (state == null) {
				return !filtersCells();
			}
			return (this.level == null || state.applicable() && state.level() == this.level)
					&& (!this.gapsOnly || state.gap());
		}

	}

	/**
	 * One cell.
	 *
	 * @param key which assessment
	 * @param state its state, or null when it did not exist at the date shown
	 * @param matches whether it meets the filter
	 */
	public record Cell(CellKey key, AssessmentState state, boolean matches) {
	}

	/**
	 * One requirement's row: a cell per area shown, or one cell for a force-wide
	 * requirement.
	 *
	 * @param requirement the requirement
	 * @param cells its cells
	 */
	public record Row(RequirementView requirement, List<Cell> cells) {

		public boolean forceWide() {
			return this.requirement.assessedPer() == AssessedPer.FORCE;
		}

	}

	/**
	 * The matrix.
	 *
	 * @param columns the business areas shown
	 * @param rows requirement rows with at least one cell that meets the filter
	 * @param cellCount cells shown
	 * @param counts cells shown by level, applicable ones only
	 * @param notApplicable cells shown that are not applicable
	 * @param gaps cells shown below their target
	 */
	public record View(List<BusinessAreaView> columns, List<Row> rows, int cellCount,
			Map<ComplianceLevel, Integer> counts, int notApplicable, int gaps) {

		/**
		 * The cells that meet the filter (all cells shown when it filters no level or
		 * gaps): the assessments an export of the matrix holds.
		 */
		public int matchingCells() {
			return (int) this.rows.stream().flatMap((row) -> row.cells().stream()).filter(Cell::matches).count();
		}

	}

	/** The business areas whose columns this person may see. */
	public List<BusinessAreaView> areasFor(PortalUser viewer) {
		Set<String> scope = this.policy.scope(viewer);
		return this.areas.areas().stream().filter((area) -> AssessmentPolicy.reads(scope, area.code())).toList();
	}

	/** The matrix as this person may see it: an area owner only their areas' columns. */
	public View matrix(Filter filter, PortalUser viewer) {
		List<RequirementView> requirements = this.catalogue.search(new RequirementSearch(null, filter.section()));
		List<BusinessAreaView> columns = areasFor(viewer).stream()
			.filter((area) -> filter.area() == null || area.code().equals(filter.area()))
			.filter((area) -> !filter.priorityOnly() || area.priority())
			.toList();
		Map<CellKey, AssessmentState> states = this.queries.states(filter.asAt());
		List<Row> rows = new ArrayList<>();
		Map<ComplianceLevel, Integer> counts = new EnumMap<>(ComplianceLevel.class);
		int cellCount = 0;
		int notApplicable = 0;
		int gaps = 0;
		for (RequirementView requirement : requirements) {
			List<Cell> cells = cells(requirement, columns, states, filter);
			if (columns.isEmpty() || cells.stream().noneMatch(Cell::matches)) {
				continue;
			}
			rows.add(new Row(requirement, cells));
			for (Cell cell : cells) {
				cellCount++;
				if (cell.state() == null) {
					continue;
				}
				if (!cell.state().applicable()) {
					notApplicable++;
				}
				else {
					counts.merge(cell.state().level(), 1, Integer::sum);
				}
				if (cell.state().gap()) {
					gaps++;
				}
			}
		}
		return new View(columns, rows, cellCount, counts, notApplicable, gaps);
	}

	/** One requirement's cells: one per area shown, or one for the force. */
	private static List<Cell> cells(RequirementView requirement, List<BusinessAreaView> columns,
			Map<CellKey, AssessmentState> states, Filter filter) {
		List<Cell> cells = new ArrayList<>();
		if (requirement.assessedPer() == AssessedPer.FORCE) {
			CellKey key = new CellKey(requirement.code(), null);
			cells.add(new Cell(key, states.get(key), filter.matches(states.get(key))));
		}
		else {
			for (BusinessAreaView area : columns) {
				CellKey key = new CellKey(requirement.code(), area.code());
				cells.add(new Cell(key, states.get(key), filter.matches(states.get(key))));
			}
		}
		return cells;
	}

}
