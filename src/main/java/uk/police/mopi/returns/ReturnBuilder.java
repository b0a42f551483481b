package uk.police.mopi.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Prepares the return as at a date from the live data, in four statements whatever the
 * size of the force: the requirements in force, the business areas, every assessment as
 * at the date, and the evidence each held then.
 */
@Component
class ReturnBuilder {

	private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	private final MessageSource messages;

	private final String forceCode;

	ReturnBuilder(CatalogueService catalogue, BusinessAreaService areas, AssessmentQueries assessments,
			ProgrammeCalendar calendar, MessageSource messages, @Value("${mopi.force.code}") String forceCode) {
		this.catalogue = catalogue;
		this.areas = areas;
		this.assessments = assessments;
		this.calendar = calendar;
		this.messages = messages;
		if (forceCode == null || !forceCode.matches("[A-Za-z0-9-]{1,20}")) {
			throw new IllegalStateException(
					"mopi.force.code must be 1 to 20 letters, digits or hyphens (docs/home-office-return.md)");
		}
		this.forceCode = forceCode;
	}

	HomeOfficeReturn build(LocalDate asAt) {
		List<RequirementView> requirements = this.catalogue.search(RequirementSearch.ALL);
		Map<String, BusinessAreaView> areas = this.areas.areas()
			.stream()
			.collect(Collectors.toMap(BusinessAreaView::code, Function.identity()));
		Map<CellKey, Integer> evidence = this.assessments.evidenceCounts(asAt);
		Map<String, List<HomeOfficeReturn.AreaLine>> byRequirement = new LinkedHashMap<>();
		requirements.forEach((r) -> byRequirement.put(r.code(), new ArrayList<>()));
		for (AssessmentView view : this.assessments.assessments(null, null, asAt)) {
			List<HomeOfficeReturn.AreaLine> lines = byRequirement.get(view.key().requirementCode());
			if (lines != null) {
				lines.add(areaLine(view, areas.get(view.key().areaCode()), evidence.getOrDefault(view.key(), 0)));
			}
		}
		List<HomeOfficeReturn.RequirementLine> rows = new ArrayList<>();
		List<HomeOfficeReturn.AreaLine> cells = new ArrayList<>();
		for (RequirementView requirement : requirements) {
			List<HomeOfficeReturn.AreaLine> lines = byRequirement.get(requirement.code());
			rows.add(requirementLine(requirement, lines));
			cells.addAll(lines);
		}
		return new HomeOfficeReturn(HomeOfficeReturn.LAYOUT_VERSION, this.forceCode, asAt, declaration(asAt, cells),
				counts(rows, cells), rows, cells, null);
	}

	private static HomeOfficeReturn.AreaLine areaLine(AssessmentView view, BusinessAreaView area, int evidence) {
		ComplianceLevel target = view.applicable() ? view.targetLevel() : null;
		return new HomeOfficeReturn.AreaLine(view.key().requirementCode(), view.key().area(),
				(area != null) ? area.name() : null, area != null && area.priority(), view.applicable(),
				view.applicable() ? view.level().name() : NOT_APPLICABLE, (target != null) ? target.name() : null,
				(target != null) ? view.targetDate() : null, evidence);
	}

	/**
	 * The force's level is the lowest across the applicable assessments; the target the
	 * highest; evidence exists when some assessment is at Fair or above and each such one
	 * held evidence.
	 */
	private static HomeOfficeReturn.RequirementLine requirementLine(RequirementView requirement,
			List<HomeOfficeReturn.AreaLine> lines) {
		ComplianceLevel lowest = null;
		ComplianceLevel highestTarget = null;
		int applicable = 0;
		int atLeastFair = 0;
		int withEvidence = 0;
		int belowTarget = 0;
		for (HomeOfficeReturn.AreaLine line : lines) {
			if (!line.applicable()) {
				continue;
			}
			applicable++;
			ComplianceLevel level = ComplianceLevel.valueOf(line.level());
			ComplianceLevel target = (line.targetLevel() != null) ? ComplianceLevel.valueOf(line.targetLevel()) : null;
			lowest = (lowest == null || level.isBelow(lowest)) ? level : lowest;
			highestTarget = (target != null && (highestTarget == null || highestTarget.isBelow(target))) ? target
					: highestTarget;
			if (!level.isBelow(ComplianceLevel.FAIR)) {
				atLeastFair++;
				withEvidence += (line.evidenceItems() > 0) ? 1 : 0;
			}
			belowTarget += level.isBelow(target) ? 1 : 0;
		}
		String forceLevel = (lowest != null) ? lowest.name()
				: (lines.isEmpty() ? ComplianceLevel.NOT_ASSESSED.name() : NOT_APPLICABLE);
		return new HomeOfficeReturn.RequirementLine(requirement.code(), requirement.title(), requirement.section(),
				requirement.sectionName(),
				requirement.assessedPer() == AssessedPer.FORCE ? HomeOfficeReturn.FORCE : "AREA", forceLevel,
				(highestTarget != null) ? highestTarget.name() : null, atLeastFair > 0 && withEvidence == atLeastFair,
				applicable, atLeastFair, belowTarget);
	}

	private HomeOfficeReturn.Declaration declaration(LocalDate asAt, List<HomeOfficeReturn.AreaLine> cells) {
		ReturnDeclaration declaration = ReturnDeclaration.forDate(asAt, this.calendar);
		LocalDate due = declaration.dueDate(this.calendar);
		int considered = 0;
		int meeting = 0;
		for (HomeOfficeReturn.AreaLine line : cells) {
			if (declaration.considers(line)) {
				considered++;
				meeting += declaration.meets(line) ? 1 : 0;
			}
		}
		String statement = this.messages.getMessage("returns.declaration." + declaration.name(),
				new Object[] { due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) }, Locale.UK);
		return new HomeOfficeReturn.Declaration(declaration.name(), due, statement,
				considered > 0 && meeting == considered, considered, meeting, null);
	}

	private static HomeOfficeReturn.Counts counts(List<HomeOfficeReturn.RequirementLine> rows,
			List<HomeOfficeReturn.AreaLine> cells) {
		int applicable = 0;
		int fair = 0;
		int good = 0;
		int excellent = 0;
		for (HomeOfficeReturn.AreaLine line : cells) {
			if (line.applicable()) {
				applicable++;
				fair += ReturnDeclaration.atLeast(line.level(), ComplianceLevel.FAIR) ? 1 : 0;
				good += ReturnDeclaration.atLeast(line.level(), ComplianceLevel.GOOD) ? 1 : 0;
				excellent += ReturnDeclaration.atLeast(line.level(), ComplianceLevel.EXCELLENT) ? 1 : 0;
			}
		}
		int requirementsFair = (int) rows.stream()
			.filter((r) -> ReturnDeclaration.atLeast(r.forceLevel(), ComplianceLevel.FAIR))
			.count();
		int requirementsEvidenced = (int) rows.stream().filter(HomeOfficeReturn.RequirementLine::evidence).count();
		return new HomeOfficeReturn.Counts(rows.size(), applicable, fair, good, excellent, requirementsFair,
				requirementsEvidenced);
	}

}
