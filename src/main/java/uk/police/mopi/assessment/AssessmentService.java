package uk.police.mopi.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.user.PortalUser;

/**
 * Changes assessments. Every change is checked against {@link AssessmentRules}, allowed
 * by {@link AssessmentPolicy}, applied to the assessment locked against concurrent
 * changes, and recorded in the history in the same transaction.
 */
@Service
@Transactional
public class AssessmentService {

	static final int MAX_EVIDENCE_TITLE = 200;

	static final int MAX_EVIDENCE_REFERENCE = 500;

	static final int MAX_COMMENT = 2000;

	private final AssessmentRepository assessments;

	private final HistoryWriter history;

	private final JdbcClient jdbc;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, HistoryWriter history, JdbcClient jdbc, Clock clock) {
		this.assessments = assessments;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Changes one assessment, if it is still at {@code expectedVersion}.
	 * @throws AssessmentConflictException when someone else changed it first
	 * @throws InvalidChangeException when the change breaks the rules
	 */
	public AssessmentView update(CellKey key, long expectedVersion, AssessmentChange change, PortalUser actor) {
		AssessmentPolicy.requireEdit(actor);
		Assessment assessment = lock(key);
		if (assessment.getVersion() != expectedVersion) {
			throw new AssessmentConflictException(assessment.toView());
		}
		List<FieldProblem> problems = AssessmentRules.check(change, assessment.state());
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
		apply(List.of(assessment), change, actor.getUsername());
		return assessment.toView();
	}

	/**
	 * Applies one change, with one rationale, to every assessment of these requirements
	 * in these areas (and force-wide, if asked), all in one transaction.
	 * @return how many assessments changed
	 */
	public int bulkUpdate(Collection<String> requirementCodes, Collection<String> areaCodes, boolean forceWide,
			AssessmentChange change, PortalUser actor) {
		AssessmentPolicy.requireEdit(actor);
		List<FieldProblem> problems = new ArrayList<>(AssessmentRules.check(change, null));
		if (AssessmentRules.isBlank(change.rationale())) {
			problems.add(new FieldProblem("rationale", "assessment.rationale.required",
					"Give a rationale: it is required whenever the level or applicability changes"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems.stream().distinct().toList());
		}
		if (requirementCodes.isEmpty() || (areaCodes.isEmpty() && !forceWide)) {
			return 0;
		}
		List<Assessment> selected = this.assessments.findAllForUpdate(requirementCodes,
				areaCodes.isEmpty() ? List.of("-") : areaCodes, forceWide);
		return apply(selected, change, actor.getUsername());
	}

	private int apply(List<Assessment> selected, AssessmentChange change, String by) {
		Instant now = this.clock.instant();
		List<Assessment> changed = new ArrayList<>();
		List<List<Assessment.Changed>> changes = new ArrayList<>();
		for (Assessment assessment : selected) {
			List<Assessment.Changed> made = assessment.apply(change, by, now);
			if (!made.isEmpty()) {
				changed.add(assessment);
				changes.add(made);
			}
		}
		this.assessments.flush();
		List<HistoryWriter.Entry> entries = new ArrayList<>();
		for (int i = 0; i < changed.size(); i++) {
			Assessment assessment = changed.get(i);
			for (Assessment.Changed made : changes.get(i)) {
				entries.add(new HistoryWriter.Entry(assessment.getId(), made.kind(), now, by, made.from(), made.to(),
						made.reason(), assessment.state(), assessment.getVersion()));
			}
		}
		this.history.append(entries);
		return changed.size();
	}

	/** Adds evidence: a title and a link or the place it is kept. */
	public void addEvidence(CellKey key, String title, String reference, PortalUser actor) {
		AssessmentPolicy.requireContribute(actor, key);
		List<FieldProblem> problems = new ArrayList<>();
		requireText(problems, "evidenceTitle", title, MAX_EVIDENCE_TITLE, "assessment.evidence.title");
		requireText(problems, "evidenceReference", reference, MAX_EVIDENCE_REFERENCE, "assessment.evidence.reference");
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
		Assessment assessment = lock(key);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into assessment_evidence (assessment_id, title, reference, added_by, added_at)
				values (:id, :title, :reference, :by, :at)
				""")
			.param("id", assessment.getId())
			.param("title", title.strip())
			.param("reference", reference.strip())
			.param("by", actor.getUsername())
			.param("at", java.sql.Timestamp.from(now))
			.update();
		record(assessment, HistoryKind.EVIDENCE_ADDED, null, title.strip(), reference.strip(), actor, now);
	}

	/** Withdraws evidence; it stays on record as withdrawn. */
	public void removeEvidence(CellKey key, long evidenceId, PortalUser actor) {
		Assessment assessment = lock(key);
		record Evidence(String title, String addedBy) {
		}
		Evidence evidence = this.jdbc.sql(
				"select title, added_by from assessment_evidence where id = :id and assessment_id = :cell and removed_at is null")
			.param("id", evidenceId)
			.param("cell", assessment.getId())
			.query(Evidence.class)
			.optional()
			.orElseThrow(() -> new uk.police.mopi.shared.NotFoundException("No such evidence on " + key));
		if (!AssessmentPolicy.canEdit(actor) && !actor.getUsername().equals(evidence.addedBy())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the programme team or whoever added it may withdraw evidence");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update assessment_evidence set removed_by = :by, removed_at = :at where id = :id")
			.param("by", actor.getUsername())
			.param("at", java.sql.Timestamp.from(now))
			.param("id", evidenceId)
			.update();
		record(assessment, HistoryKind.EVIDENCE_REMOVED, evidence.title(), null, null, actor, now);
	}

	public void comment(CellKey key, String text, PortalUser actor) {
		AssessmentPolicy.requireContribute(actor, key);
		List<FieldProblem> problems = new ArrayList<>();
		requireText(problems, "comment", text, MAX_COMMENT, "assessment.comment");
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
		record(lock(key), HistoryKind.COMMENT, null, null, text.strip(), actor, this.clock.instant());
	}

	/** An area owner proposes a level, for the programme team to accept or reject. */
	public void propose(CellKey key, ComplianceLevel level, String rationale, PortalUser actor) {
		AssessmentPolicy.requirePropose(actor, key);
		List<FieldProblem> problems = new ArrayList<>();
		if (level == null || level == ComplianceLevel.NOT_ASSESSED) {
			problems.add(new FieldProblem("proposedLevel", "assessment.proposal.level.required",
					"Choose the level you propose"));
		}
		requireText(problems, "proposalRationale", rationale, AssessmentRules.MAX_RATIONALE,
				"assessment.proposal.rationale");
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
		Assessment assessment = lock(key);
		boolean pending = this.jdbc
			.sql("select count(*) > 0 from assessment_proposal where assessment_id = :id and status = 'PENDING'")
			.param("id", assessment.getId())
			.query(Boolean.class)
			.single();
		if (pending) {
			throw new InvalidChangeException(List.of(new FieldProblem("proposedLevel", "assessment.proposal.pending",
					"A proposal for this assessment is awaiting a decision already")));
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into assessment_proposal (assessment_id, proposed_level, rationale, proposed_by, proposed_at, status, version)
					values (:id, :level, :rationale, :by, :at, 'PENDING', 0)
					""")
			.param("id", assessment.getId())
			.param("level", level.name())
			.param("rationale", rationale.strip())
			.param("by", actor.getUsername())
			.param("at", java.sql.Timestamp.from(now))
			.update();
		record(assessment, HistoryKind.PROPOSED, assessment.state().level().name(), level.name(), rationale.strip(),
				actor, now);
	}

	/**
	 * The programme team accepts (setting the level) or rejects a pending proposal, with
	 * a reason.
	 */
	public AssessmentView decide(CellKey key, long proposalId, boolean accept, String reason, long expectedVersion,
			PortalUser actor) {
		AssessmentPolicy.requireEdit(actor);
		List<FieldProblem> problems = new ArrayList<>();
		requireText(problems, "decisionReason", reason, AssessmentRules.MAX_RATIONALE, "assessment.decision.reason");
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
		Assessment assessment = lock(key);
		if (assessment.getVersion() != expectedVersion) {
			throw new AssessmentConflictException(assessment.toView());
		}
		record Pending(String proposedLevel, String proposedBy) {
		}
		Pending proposal = this.jdbc.sql("""
				select proposed_level, proposed_by from assessment_proposal
				where id = :id and assessment_id = :cell and status = 'PENDING'
				""")
			.param("id", proposalId)
			.param("cell", assessment.getId())
			.query(Pending.class)
			.optional()
			.orElseThrow(() -> new InvalidChangeException(List.of(new FieldProblem("decision",
					"assessment.decision.gone", "That proposal has been decided already"))));
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update assessment_proposal set status = :status, decided_by = :by, decided_at = :at,
				       decision_reason = :reason, version = version + 1
				where id = :id
				""")
			.param("status", accept ? "ACCEPTED" : "REJECTED")
			.param("by", actor.getUsername())
			.param("at", java.sql.Timestamp.from(now))
			.param("reason", reason.strip())
			.param("id", proposalId)
			.update();
		record(assessment, accept ? HistoryKind.PROPOSAL_ACCEPTED : HistoryKind.PROPOSAL_REJECTED,
				proposal.proposedBy(), proposal.proposedLevel(), reason.strip(), actor, now);
		if (accept) {
			apply(List.of(assessment),
					AssessmentChange.level(ComplianceLevel.valueOf(proposal.proposedLevel()),
							"Accepted the proposal of " + proposal.proposedBy() + ": " + reason.strip()),
					actor.getUsername());
		}
		return assessment.toView();
	}

	private Assessment lock(CellKey key) {
		return this.assessments.findForUpdate(key.requirementCode(), key.areaCode())
			.orElseThrow(() -> AssessmentNotFound.of(key));
	}

	private void record(Assessment assessment, HistoryKind kind, String from, String to, String reason,
			PortalUser actor, Instant at) {
		this.history.append(List.of(new HistoryWriter.Entry(assessment.getId(), kind, at, actor.getUsername(), from, to,
				reason, assessment.state(), assessment.getVersion())));
	}

	private static void requireText(List<FieldProblem> problems, String field, String text, int max, String code) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, code + ".required", "This is required"));
		}
		else if (text.length() > max) {
			problems.add(new FieldProblem(field, code + ".size", "At most " + max + " characters"));
		}
		else if (text.indexOf('\u0000') >= 0) {
			problems.add(new FieldProblem(field, code + ".invalid", "Remove the control characters"));
		}
	}

}
