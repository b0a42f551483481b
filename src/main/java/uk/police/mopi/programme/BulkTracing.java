package uk.police.mopi.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

/**
 * Traces many assessments to one milestone in one step, after a preview of what it would
 * do. Programme team only. Each is traced to its target level (or a chosen one); those
 * already traced to the milestone, or whose level would not rise, are skipped and
 * counted. Only a planned project milestone takes traces. A fixed number of queries,
 * whatever the number of assessments.
 */
@Service
@Transactional
public class BulkTracing {

	private final JdbcClient jdbc;

	private final AssessmentQueries assessments;

	private final DeliveryQueries deliveries;

	private final ProgrammeService programme;

	private final ProgrammePolicy policy;

	private final ApplicationEventPublisher events;

	BulkTracing(JdbcClient jdbc, AssessmentQueries assessments, DeliveryQueries deliveries, ProgrammeService programme,
			ProgrammePolicy policy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.deliveries = deliveries;
		this.programme = programme;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * What tracing would do; without a milestone, the rows that match and the choice of
	 * milestones.
	 */
	@Transactional(readOnly = true)
	public TracePreview preview(TraceRequest request, PortalUser actor) {
		requirePlanner(actor);
		if (request.level() != null && !request.level().isTarget()) {
			throw InvalidInputException.of("level", "plan.error.level");
		}
		List<MilestoneView> choices = this.programme.allMilestones(null)
			.stream()
			.filter((m) -> m.kind() == MilestoneKind.PROJECT && m.status() == MilestoneStatus.PLANNED)
			.toList();
		MilestoneView milestone = null;
		if (request.milestone() != null && !request.milestone().isBlank()) {
			milestone = open(request.milestone());
		}
		Set<CellKey> traced = (milestone != null) ? tracedTo(milestone.code()) : Set.of();
		List<TracePreview.Row> rows = new java.util.ArrayList<>();
		int already = 0;
		int notAbove = 0;
		List<AssessmentView> all = this.assessments.assessments(null, null, null);
		List<String> sections = all.stream()
			.map((a) -> a.key().requirementCode().substring(0, a.key().requirementCode().indexOf('-')))
			.distinct()
			.sorted()
			.toList();
		for (AssessmentView a : selected(request, all)) {
			ComplianceLevel level = (request.level() != null) ? request.level() : a.targetLevel();
			if (level == null || !a.level().isBelow(level)) {
				notAbove++;
			}
			else if (traced.contains(a.key())) {
				already++;
			}
			else {
				rows.add(new TracePreview.Row(a, level));
			}
		}
		return new TracePreview(milestone, choices, sections, rows, already, notAbove);
	}

	/** Traces what {@link #preview} shows; refuses when there is nothing to trace. */
	public TracePreview apply(TraceRequest request, PortalUser actor) {
		if (request.milestone() == null || request.milestone().isBlank()) {
			throw InvalidInputException.of("milestone", "trace.error.milestone");
		}
		if (!PlanRules.isMilestoneCode(request.milestone())) {
			throw InvalidInputException.of("milestone", "plan.error.noMilestone", request.milestone());
		}
		this.jdbc.sql("select id from milestone where code = :code for update")
			.param("code", request.milestone())
			.query(Long.class)
			.optional();
		TracePreview preview = preview(request, actor);
		if (preview.rows().isEmpty()) {
			throw InvalidInputException.of("milestone", "trace.error.nothing");
		}
		List<TracePreview.Row> rows = preview.rows();
		this.jdbc
			.sql("""
					insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
					select (select id from milestone where code = :code), t.r, t.a, t.l
					from unnest(cast(:requirements as text[]), cast(:areas as text[]), cast(:levels as text[])) as t(r, a, l)
					on conflict (milestone_id, requirement_code, coalesce(area_code, '*')) do nothing
					""")
			.param("code", preview.milestone().code())
			.param("requirements",
					rows.stream().map((r) -> r.assessment().key().requirementCode()).toArray(String[]::new))
			.param("areas", rows.stream().map((r) -> r.assessment().key().areaCode()).toArray(String[]::new))
			.param("levels", rows.stream().map((r) -> r.level().name()).toArray(String[]::new))
			.update();
		this.events.publishEvent(AuditEvent.of("milestone-delivery.traced", "milestone", preview.milestone().code())
			.after(Map.of("traced", rows.size(), "alreadyTraced", preview.alreadyTraced(), "notAbove",
					preview.notAbove(), "assessments",
					rows.stream().map((r) -> r.assessment().key().toString()).collect(Collectors.joining(",")))));
		return preview;
	}

	/** A planned project milestone of the plan, or a refusal on the milestone field. */
	private MilestoneView open(String code) {
		if (!PlanRules.isMilestoneCode(code)) {
			throw InvalidInputException.of("milestone", "trace.error.milestone");
		}
		MilestoneView milestone = this.programme.milestone(code)
			.filter((m) -> m.kind() == MilestoneKind.PROJECT)
			.orElseThrow(() -> InvalidInputException.of("milestone", "plan.error.noMilestone", code));
		if (milestone.status() != MilestoneStatus.PLANNED) {
			throw InvalidInputException.of("milestone", "trace.error.closed", code);
		}
		return milestone;
	}

	/** The applicable assessments the request names, in code order. */
	private List<AssessmentView> selected(TraceRequest request, List<AssessmentView> all) {
		Set<CellKey> cells = new HashSet<>(request.cells());
		Set<CellKey> unplanned = request.unplannedOnly()
				? this.deliveries.unplannedGaps(null).stream().map(AssessmentView::key).collect(Collectors.toSet())
				: null;
		String prefix = (request.section() != null && !request.section().isBlank()) ? request.section() + "-" : null;
		return all.stream()
			.filter(AssessmentView::applicable)
			.filter((a) -> request.ticked() ? cells.contains(a.key())
					: (prefix == null || a.key().requirementCode().startsWith(prefix))
							&& (request.areas().isEmpty() || request.areas().contains(a.key().area())))
			.filter((a) -> unplanned == null || unplanned.contains(a.key()))
			.toList();
	}

	private Set<CellKey> tracedTo(String milestoneCode) {
		return new HashSet<>(this.jdbc
			.sql("""
					select d.requirement_code, d.area_code from milestone_delivery d join milestone m on m.id = d.milestone_id
					where m.code = :code
					""")
			.param("code", milestoneCode)
			.query((rs, row) -> new CellKey(rs.getString(1), rs.getString(2)))
			.list());
	}

	private void requirePlanner(PortalUser actor) {
		if (!this.policy.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may change the plan");
		}
	}

}
