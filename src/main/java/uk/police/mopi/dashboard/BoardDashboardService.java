package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.SectionView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.programme.MilestoneProgress;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/**
 * Composes the Investment Board's dashboard and the lists behind its figures from the
 * modules that own each part: compliance and its trajectory (this module, from the
 * assessments), milestones and projects (programme), money and Board decisions (finance),
 * the names of areas and sections. An area owner's milestones and projects are those of
 * the projects touching their areas, as on every delivery page.
 */
@Service
@Transactional(readOnly = true)
public class BoardDashboardService {

	/** Milestones forecast within this many days of the date shown are "due soon". */
	private static final int DUE_SOON_DAYS = 90;

	/** With no Board decision before the date, changes are shown since this far back. */
	private static final int CHANGES_MONTHS = 3;

	private final DashboardService dashboard;

	private final AssessmentQueries assessments;

	private final ProgrammeService programme;

	private final FinanceService finance;

	private final BusinessAreaService areas;

	private final CatalogueService catalogue;

	private final ProgrammeCalendar calendar;

	private final AssessmentPolicy assessmentPolicy;

	private final DeliveryFollowUp followUp;

	private final DeliveryConfidence confidence;

	private final ProgrammeOutlook outlook;

	BoardDashboardService(DashboardService dashboard, AssessmentQueries assessments, ProgrammeService programme,
			FinanceService finance, BusinessAreaService areas, CatalogueService catalogue, ProgrammeCalendar calendar,
			AssessmentPolicy assessmentPolicy, DeliveryFollowUp followUp, DeliveryConfidence confidence,
			ProgrammeOutlook outlook) {
		this.followUp = followUp;
		this.confidence = confidence;
		this.outlook = outlook;
		this.assessmentPolicy = assessmentPolicy;
		this.dashboard = dashboard;
		this.assessments = assessments;
		this.programme = programme;
		this.finance = finance;
		this.areas = areas;
		this.catalogue = catalogue;
		this.calendar = calendar;
	}

	/** The dashboard as at the end of a date; today's when asAt is null or later. */
	@Transactional
	public BoardDashboard board(LocalDate asAt, PortalUser user) {
		Set<String> areaScope = this.assessmentPolicy.scope(user);
		DashboardService.Compliance compliance = this.dashboard.compliance(asAt, areaScope);
		LocalDate date = compliance.asAt();
		LocalDate today = this.calendar.today();
		LocalDate fairMilestone = this.calendar.fairInPriorityAreas();
		DashboardService.Compliance atFairMilestone = this.dashboard.compliance(fairMilestone, areaScope);
		LocalDate fullCompliance = this.calendar.fullCompliance();
		List<BusinessAreaView> allAreas = this.areas.areas()
			.stream()
			.filter((area) -> areaScope == null || areaScope.contains(area.code()))
			.toList();
		Set<String> scope = (user != null) ? user.programmeScope() : null;
		List<MilestoneView> milestones = this.programme.milestonesFor(date.isBefore(today) ? date : null, scope);
		LocalDate lastBoard = this.finance.lastDecisionBefore(date).orElse(null);
		Trajectory trajectory = this.dashboard.trajectory(compliance, areaScope);
		Map<Rag, Long> rag = date.isBefore(today) ? rag(scope) : this.programme.ragCounts(milestones, scope);
		return new BoardDashboard(date, today, compliance, fairMilestone, atFairMilestone, fullCompliance,
				ChronoUnit.DAYS.between(date, fullCompliance), byArea(compliance, allAreas), bySection(compliance),
				priorityAreas(allAreas, atFairMilestone, compliance), trajectory, overdue(milestones),
				dueSoon(milestones, date), rag, scope != null, this.finance.totals(null, user), lastBoard,
				(lastBoard != null) ? lastBoard : date.minusMonths(CHANGES_MONTHS),
				date.equals(today) ? delivery(areaScope, trajectory, rag) : null);
	}

	/**
	 * Today's delivery: the traces achieved milestones have not delivered (counted with
	 * the plan, an area owner's areas only), the status of full compliance and the
	 * programme's confidence. For the whole force these come from the trajectory and RAG
	 * counts already read; an area owner, whose figures are their areas', is shown the
	 * programme's own outlook.
	 */
	private BoardDashboard.Delivery delivery(Set<String> areaScope, Trajectory trajectory, Map<Rag, Long> rag) {
		ComplianceOutlook outlook;
		if (areaScope == null) {
			LocalDate deadline = this.calendar.fullCompliance();
			Rag status = ComplianceOutlook.status(trajectory, deadline);
			outlook = ComplianceOutlook.of(trajectory, deadline,
					this.confidence.programme(status, trajectory.notDelivered(), rag));
		}
		else {
			outlook = this.outlook.outlook();
		}
		return new BoardDashboard.Delivery(outlook, trajectory.notDelivered(), trajectory.awaitingProposal(),
				this.followUp.graceDays());
	}

	/** The applicable assessments behind a figure. */
	public Cells cells(CellsQuery query, PortalUser user) {
		Set<String> scope = this.assessmentPolicy.scope(user);
		LocalDate today = this.calendar.today();
		LocalDate date = (query.asAt() == null || !query.asAt().isBefore(today)) ? today : query.asAt();
		String area = code(query.area());
		String section = code(query.section());
		int months = Math.min(Math.max(query.notReviewedMonths(), 0), 600);
		CellsQuery applied = new CellsQuery(date, area, section, query.level(), query.atLeast(), query.pastTarget(),
				months);
		Set<CellKey> notReviewed = (months > 0) ? this.assessments.notReviewed(date, months) : Set.of();
		List<AssessmentView> cells = this.assessments.assessments(null, area, date.equals(today) ? null : date)
			.stream()
			.filter(AssessmentView::applicable)
			.filter((a) -> scope == null || a.key().forceWide() || scope.contains(a.key().areaCode()))
			.filter((a) -> section == null || a.key().requirementCode().startsWith(section + "-"))
			.filter((a) -> query.level() == null || a.level() == query.level())
			.filter((a) -> query.atLeast() == null || a.level().compareTo(query.atLeast()) >= 0)
			.filter((a) -> !query.pastTarget() || a.state().pastTarget(date))
			.filter((a) -> months == 0 || notReviewed.contains(a.key()))
			.toList();
		return new Cells(applied, cells);
	}

	private static String code(String code) {
		return (code != null && code.matches("^[A-Za-z]{2,6}$")) ? code.toUpperCase(Locale.ROOT) : null;
	}

	private static List<BoardDashboard.CountsRow> byArea(DashboardService.Compliance compliance,
			List<BusinessAreaView> areas) {
		List<BoardDashboard.CountsRow> rows = new ArrayList<>();
		for (BusinessAreaView area : areas) {
			LevelCounts counts = compliance.byArea().get(area.code());
			if (counts != null) {
				rows.add(new BoardDashboard.CountsRow(area.name(), null, counts, area.code(), null));
			}
		}
		LevelCounts force = compliance.byArea().get(CellKey.FORCE);
		if (force != null) {
			rows.add(new BoardDashboard.CountsRow(null, "assessment.force.long", force, CellKey.FORCE, null));
		}
		return rows;
	}

	private List<BoardDashboard.CountsRow> bySection(DashboardService.Compliance compliance) {
		List<BoardDashboard.CountsRow> rows = new ArrayList<>();
		for (SectionView section : this.catalogue.sections()) {
			LevelCounts counts = compliance.bySection().get(section.code());
			if (counts != null) {
				rows.add(new BoardDashboard.CountsRow(section.code() + " " + section.name(), null, counts, null,
						section.code()));
			}
		}
		return rows;
	}

	private static List<BoardDashboard.PriorityArea> priorityAreas(List<BusinessAreaView> areas,
			DashboardService.Compliance atMilestone, DashboardService.Compliance now) {
		return areas.stream()
			.filter((a) -> a.priority() && now.byArea().containsKey(a.code()))
			.map((a) -> new BoardDashboard.PriorityArea(a, atMilestone.byArea().get(a.code()),
					now.byArea().get(a.code())))
			.toList();
	}

	private static List<MilestoneView> overdue(List<MilestoneView> milestones) {
		return milestones.stream()
			.filter((m) -> m.progress() == MilestoneProgress.OVERDUE)
			.sorted(Comparator.comparing(MilestoneView::forecastDate))
			.toList();
	}

	private static List<MilestoneView> dueSoon(List<MilestoneView> milestones, LocalDate date) {
		return milestones.stream()
			.filter((m) -> m.progress().coming())
			.filter((m) -> !m.forecastDate().isAfter(date.plusDays(DUE_SOON_DAYS)))
			.sorted(Comparator.comparing(MilestoneView::forecastDate))
			.toList();
	}

	private Map<Rag, Long> rag(Set<String> scope) {
		Map<Rag, Long> rag = new EnumMap<>(Rag.class);
		for (Rag value : Rag.values()) {
			rag.put(value, 0L);
		}
		for (ProjectView project : (scope != null) ? this.programme.projectsTouching(scope)
				: this.programme.projects()) {
			rag.merge(project.rag(), 1L, Long::sum);
		}
		return rag;
	}

}
