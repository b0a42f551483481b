package uk.police.mopi.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.SectionView;
import uk.police.mopi.dashboard.DashboardService;
import uk.police.mopi.finance.BoardDecisionView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.programme.MilestoneProgress;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.user.PortalUser;

/**
 * The Investment Board's dashboard, as at any date, and the list of assessments behind
 * each of its figures. Any role may read them.
 */
@Controller
class BoardDashboardController {

	static final LocalDate FAIR_MILESTONE = LocalDate.of(2007, 3, 31);

	private final DashboardService dashboard;

	private final AssessmentQueries assessments;

	private final ProgrammeService programme;

	private final FinanceService finance;

	private final BusinessAreaService areas;

	private final CatalogueService catalogue;

	private final TrajectorySvg trajectorySvg;

	private final CountsTableRenderer countsTable;

	private final MessageSource messages;

	BoardDashboardController(DashboardService dashboard, AssessmentQueries assessments, ProgrammeService programme,
			FinanceService finance, BusinessAreaService areas, CatalogueService catalogue, TrajectorySvg trajectorySvg,
			CountsTableRenderer countsTable, MessageSource messages) {
		this.trajectorySvg = trajectorySvg;
		this.countsTable = countsTable;
		this.messages = messages;
		this.dashboard = dashboard;
		this.assessments = assessments;
		this.programme = programme;
		this.finance = finance;
		this.areas = areas;
		this.catalogue = catalogue;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletRequest request, Locale locale) {
		DashboardService.Compliance compliance = this.dashboard.compliance(asAt);
		LocalDate date = compliance.asAt();
		List<CountsTableRenderer.Row> byArea = new ArrayList<>();
		List<BusinessAreaView> allAreas = this.areas.areas();
		for (BusinessAreaView area : allAreas) {
			if (compliance.byArea().containsKey(area.code())) {
				byArea.add(new CountsTableRenderer.Row(area.name(), compliance.byArea().get(area.code()), area.code(),
						null));
			}
		}
		if (compliance.byArea().containsKey(CellKey.FORCE)) {
			byArea.add(new CountsTableRenderer.Row(this.messages.getMessage("assessment.force.long", null, locale),
					compliance.byArea().get(CellKey.FORCE), CellKey.FORCE, null));
		}
		List<CountsTableRenderer.Row> bySection = new ArrayList<>();
		for (SectionView section : this.catalogue.sections()) {
			if (compliance.bySection().containsKey(section.code())) {
				bySection.add(new CountsTableRenderer.Row(section.code() + " " + section.name(),
						compliance.bySection().get(section.code()), null, section.code()));
			}
		}
		model.addAttribute("byAreaRows", this.countsTable.render(byArea, date, request.getContextPath()));
		model.addAttribute("bySectionRows", this.countsTable.render(bySection, date, request.getContextPath()));
		model.addAttribute("compliance", compliance);
		model.addAttribute("asAt", date);
		model.addAttribute("today", this.dashboard.today());
		model.addAttribute("atFairMilestone", this.dashboard.compliance(FAIR_MILESTONE));
		var trajectory = this.dashboard.trajectory(compliance);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("trajectorySvg", this.trajectorySvg.render(trajectory));
		model.addAttribute("trajectoryRows",
				this.trajectorySvg.tableRows(trajectory.actual(), true, request.getContextPath()));
		model.addAttribute("plannedRows",
				this.trajectorySvg.tableRows(trajectory.planned(), false, request.getContextPath()));
		model.addAttribute("areas", allAreas);
		Set<String> scope = (user != null) ? user.programmeScope() : null;
		List<MilestoneView> milestones = this.programme
			.milestonesFor(date.isBefore(this.dashboard.today()) ? date : null, scope);
		model.addAttribute("overdue",
				milestones.stream()
					.filter((m) -> m.progress() == MilestoneProgress.OVERDUE)
					.sorted(java.util.Comparator.comparing(MilestoneView::forecastDate))
					.toList());
		model.addAttribute("dueSoon", milestones.stream()
			.filter((m) -> m.progress() == MilestoneProgress.ON_TRACK || m.progress() == MilestoneProgress.AT_RISK)
			.filter((m) -> !m.forecastDate().isAfter(date.plusDays(90)))
			.sorted(java.util.Comparator.comparing(MilestoneView::forecastDate))
			.toList());
		Map<Rag, Long> rag = new EnumMap<>(Rag.class);
		for (Rag value : Rag.values()) {
			rag.put(value, 0L);
		}
		for (ProjectView project : (scope != null) ? this.programme.projectsTouching(scope)
				: this.programme.projects()) {
			rag.merge(project.rag(), 1L, Long::sum);
		}
		model.addAttribute("rag", rag);
		model.addAttribute("scoped", scope != null);
		model.addAttribute("budget", this.finance.totals(null));
		LocalDate lastBoard = this.finance.decisions(null)
			.stream()
			.map(BoardDecisionView::decidedOn)
			.filter((d) -> d.isBefore(date))
			.max(LocalDate::compareTo)
			.orElse(null);
		model.addAttribute("lastBoard", lastBoard);
		model.addAttribute("changedSince", (lastBoard != null) ? lastBoard : date.minusMonths(3));
		model.addAttribute("levels", ComplianceLevel.values());
		return "dashboard/board";
	}

	/**
	 * The assessments behind a figure: applicable ones at the date, optionally of one
	 * area or section, at one level or at least one level.
	 */
	@GetMapping("/dashboard/cells")
	String cells(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@RequestParam(required = false) String area, @RequestParam(required = false) String section,
			@RequestParam(required = false) ComplianceLevel level,
			@RequestParam(required = false) ComplianceLevel atLeast,
			@RequestParam(required = false, defaultValue = "false") boolean pastTarget,
			@RequestParam(required = false, defaultValue = "0") int notReviewedMonths, Model model) {
		LocalDate today = this.dashboard.today();
		LocalDate date = (asAt == null || !asAt.isBefore(today)) ? today : asAt;
		String areaCode = (area != null && area.matches("^[A-Za-z]{2,6}$")) ? area.toUpperCase(java.util.Locale.ROOT)
				: null;
		String sectionCode = (section != null && section.matches("^[A-Za-z]{2,6}$"))
				? section.toUpperCase(java.util.Locale.ROOT) : null;
		int months = Math.min(Math.max(notReviewedMonths, 0), 600);
		Set<CellKey> notReviewed = (months > 0) ? this.assessments.notReviewed(date, months) : Set.of();
		List<AssessmentView> cells = this.assessments.assessments(null, areaCode, date.equals(today) ? null : date)
			.stream()
			.filter(AssessmentView::applicable)
			.filter((a) -> sectionCode == null || a.key().requirementCode().startsWith(sectionCode + "-"))
			.filter((a) -> level == null || a.level() == level)
			.filter((a) -> atLeast == null || a.level().compareTo(atLeast) >= 0)
			.filter((a) -> !pastTarget || a.state().pastTarget(date))
			.filter((a) -> months == 0 || notReviewed.contains(a.key()))
			.toList();
		model.addAttribute("cells", cells);
		model.addAttribute("asAt", date);
		model.addAttribute("area", areaCode);
		model.addAttribute("section", sectionCode);
		model.addAttribute("level", level);
		model.addAttribute("atLeast", atLeast);
		model.addAttribute("pastTarget", pastTarget);
		model.addAttribute("notReviewedMonths", months);
		return "dashboard/cells";
	}

}
