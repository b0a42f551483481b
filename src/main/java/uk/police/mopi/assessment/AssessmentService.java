package uk.police.mopi.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

/**
 * Changes assessments: the one place that writes the assessment aggregate (the
 * assessment, its evidence and its proposals, through JPA). Every change is checked
 * against {@link AssessmentRules}, allowed by {@link AssessmentPolicy}, applied to the
 * assessment locked against concurrent changes, and recorded in the append-only history
 * ({@link HistoryWriter}) in the same transaction. The read models read with SQL, so each
 * write is flushed before it returns.
 */
@Service
@Transactional
public class AssessmentService {

	static final int MAX_EVIDENCE_TITLE = 200;

	static final int MAX_EVIDENCE_REFERENCE = 500;

	static final int MAX_COMMENT = 2000;

	private final AssessmentRepository assessments;

	private final HistoryWriter history;

	private final EvidenceRepository evidence;

	private final ProposalRepository proposals;

	private final ProgrammeCalendar calendar;

	private final AssessmentPolicy policy;

	private final EvidenceContentRepository contents;

	private final EvidenceFiles files;

	/** The lowest level that needs current evidence, or null when none does. */
	private final ComplianceLevel evidenceRequiredFrom;

	AssessmentService(AssessmentRepository assessments, HistoryWriter history, EvidenceRepository evidence,
			ProposalRepository proposals, ProgrammeCalendar calendar, AssessmentPolicy policy,
			EvidenceContentRepository contents, EvidenceFiles files,
			@Value("${mopi.assessment.evidence-required-from:FAIR}") String evidenceRequiredFrom) {
		this.policy = policy;
		this.contents = contents;
		this.files = files;
		this.evidenceRequiredFrom = "NONE".equalsIgnoreCase(evidenceRequiredFrom.strip()) ? null
				: ComplianceLevel.valueOf(evidenceRequiredFrom.strip().toUpperCase(java.util.Locale.ROOT));
		this.assessments = assessments;
		this.history = history;
		this.evidence = evidence;
		this.proposals = proposals;
		this.calendar = calendar;
	}

	/**
	 * Changes one assessment, if it is still at {@code expectedVersion}.
	 * @throws uk.police.mopi.shared.ConcurrentChangeException when someone else changed
	 * it first
	 * @throws InvalidInputException when the change breaks the rules
	 */
	public AssessmentView update(CellKey key, long expectedVersion, AssessmentChange change, PortalUser actor) {
		this.policy.requireEdit(actor);
		Assessment assessment = lock(key);
		if (assessment.isStale(expectedVersion)) {
			throw assessment.staleChange(change);
		}
		List<InputProblem> problems = new ArrayList<>(AssessmentRules.check(change, assessment.state()));
		if (problems.isEmpty() && lacksEvidence(List.of(assessment), change.level()) > 0) {
			problems.add(InputProblem.of("level", "evidence.required", threshold()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
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
		this.policy.requireEdit(actor);
		requireBulkChange(change);
		if (requirementCodes.isEmpty() || (areaCodes.isEmpty() && !forceWide)) {
			return 0;
		}
		List<Assessment> selected = this.assessments.findAllForUpdate(requirementCodes,
				areaCodes.isEmpty() ? List.of("-") : areaCodes, forceWide);
		long without = lacksEvidence(selected, change.level());
		if (without > 0) {
			throw InvalidInputException.of("level", "evidence.required.bulk", without, threshold());
		}
		return apply(selected, change, actor.getUsername());
	}

	/** Refuses a bulk change the rules refuse or that gives no rationale. */
	static void requireBulkChange(AssessmentChange change) {
		List<InputProblem> problems = new ArrayList<>(AssessmentRules.check(change, null));
		if (AssessmentRules.isBlank(change.rationale())) {
			problems.add(InputProblem.of("rationale", "assessment.rationale.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().distinct().toList());
		}
	}

	private int apply(List<Assessment> selected, AssessmentChange change, String by) {
		Instant now = this.calendar.now();
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
		addEvidence(key, title, reference, null, actor);
	}

	/**
	 * Adds evidence: a title with a link or the place it is kept, a file, or both. The
	 * file's type is read from its bytes and must be one the portal accepts.
	 * @return the new evidence's id
	 */
	public long addEvidence(CellKey key, String title, String reference, EvidenceUpload upload, PortalUser actor) {
		this.policy.requireContribute(actor, key);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		requireText(problems, "evidenceTitle", title, MAX_EVIDENCE_TITLE, "assessment.evidence.title");
		boolean withFile = upload != null && !upload.isEmpty();
		if (!withFile || (reference != null && !reference.isBlank())) {
			requireText(problems, "evidenceReference", reference, MAX_EVIDENCE_REFERENCE,
					withFile ? "assessment.evidence.reference" : "evidence.referenceOrFile");
		}
		EvidenceFiles.Checked file = withFile ? this.files.check(upload, problems) : null;
		problems.throwIfAny();
		Assessment assessment = lock(key);
		Instant now = this.calendar.now();
		String where = (reference != null && !reference.isBlank()) ? reference.strip() : null;
		Evidence added = new Evidence(assessment.getId(), title.strip(), where, actor.getUsername(), now);
		if (file != null) {
			added.attach(file.name(), file.type(), file.size(), file.sha256());
		}
		this.evidence.saveAndFlush(added);
		if (file != null) {
			this.contents.saveAndFlush(new EvidenceContent(added.getId(), file.bytes()));
		}
		record(assessment, HistoryKind.EVIDENCE_ADDED, null, title.strip(), (where != null) ? where : file.name(),
				actor, now);
		return added.getId();
	}

	/** Withdraws evidence; it stays on record as withdrawn. */
	public void removeEvidence(CellKey key, long evidenceId, PortalUser actor) {
		Assessment assessment = lock(key);
		Evidence withdrawn = this.evidence.findByIdAndAssessmentIdAndRemovedAtIsNull(evidenceId, assessment.getId())
			.orElseThrow(() -> new NotFoundException("No such evidence on " + key));
		this.policy.requireWithdraw(actor, withdrawn.getAddedBy());
		Instant now = this.calendar.now();
		withdrawn.withdraw(actor.getUsername(), now);
		this.evidence.flush();
		record(assessment, HistoryKind.EVIDENCE_REMOVED, withdrawn.getTitle(), null, null, actor, now);
	}

	public void comment(CellKey key, String text, PortalUser actor) {
		this.policy.requireContribute(actor, key);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		requireText(problems, "comment", text, MAX_COMMENT, "assessment.comment");
		problems.throwIfAny();
		record(lock(key), HistoryKind.COMMENT, null, null, text.strip(), actor, this.calendar.now());
	}

	/** An area owner proposes a level, for the programme team to accept or reject. */
	public void propose(CellKey key, ComplianceLevel level, String rationale, PortalUser actor) {
		this.policy.requirePropose(actor, key);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (level == null || level == ComplianceLevel.NOT_ASSESSED) {
			problems.add("proposedLevel", "assessment.proposal.level.required");
		}
		requireText(problems, "proposalRationale", rationale, AssessmentRules.MAX_RATIONALE,
				"assessment.proposal.rationale");
		problems.throwIfAny();
		Assessment assessment = lock(key);
		if (this.proposals.existsByAssessmentIdAndStatus(assessment.getId(), ProposalStatus.PENDING)) {
			throw InvalidInputException.of("proposedLevel", "assessment.proposal.pending");
		}
		Instant now = this.calendar.now();
		this.proposals.save(new Proposal(assessment.getId(), level, rationale.strip(), actor.getUsername(), now));
		record(assessment, HistoryKind.PROPOSED, assessment.state().level().name(), level.name(), rationale.strip(),
				actor, now);
	}

	/**
	 * The programme team accepts (setting the level) or rejects a pending proposal, with
	 * a reason.
	 * @throws uk.police.mopi.shared.ConcurrentChangeException when the assessment changed
	 * since {@code expectedVersion}
	 */
	public AssessmentView decide(CellKey key, long proposalId, boolean accept, String reason, long expectedVersion,
			PortalUser actor) {
		this.policy.requireEdit(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		requireText(problems, "decisionReason", reason, AssessmentRules.MAX_RATIONALE, "assessment.decision.reason");
		problems.throwIfAny();
		Assessment assessment = lock(key);
		Optional<Proposal> pending = this.proposals.findByIdAndAssessmentIdAndStatus(proposalId, assessment.getId(),
				ProposalStatus.PENDING);
		if (assessment.isStale(expectedVersion)) {
			throw assessment.staleDecision(accept ? pending.map(Proposal::getProposedLevel).orElse(null) : null);
		}
		Proposal proposal = pending.orElseThrow(() -> InvalidInputException.of("decision", "assessment.decision.gone"));
		if (accept && lacksEvidence(List.of(assessment), proposal.getProposedLevel()) > 0) {
			throw InvalidInputException.of("decisionReason", "evidence.required", threshold());
		}
		Instant now = this.calendar.now();
		proposal.decide(accept, reason.strip(), actor.getUsername(), now);
		this.proposals.flush();
		record(assessment, accept ? HistoryKind.PROPOSAL_ACCEPTED : HistoryKind.PROPOSAL_REJECTED,
				proposal.getProposedBy(), proposal.getProposedLevel().name(), reason.strip(), actor, now);
		if (accept) {
			apply(List.of(assessment),
					AssessmentChange.level(proposal.getProposedLevel(),
							"Accepted the proposal of " + proposal.getProposedBy() + ": " + reason.strip()),
					actor.getUsername());
		}
		return assessment.toView();
	}

	/**
	 * How many of these assessments would reach {@code level} at or above the level that
	 * needs evidence without any current evidence (0 when the rule is off). One query.
	 */
	private long lacksEvidence(List<Assessment> selected, ComplianceLevel level) {
		if (this.evidenceRequiredFrom == null || level == null || level.isBelow(this.evidenceRequiredFrom)) {
			return 0;
		}
		List<Long> rising = selected.stream()
			.filter((assessment) -> assessment.state().level() != level)
			.map(Assessment::getId)
			.toList();
		if (rising.isEmpty()) {
			return 0;
		}
		return rising.size() - this.evidence.countAssessmentsWithCurrentEvidence(rising);
	}

	/** The level that needs evidence, named in the reader's words. */
	private MessageSourceResolvable threshold() {
		return new DefaultMessageSourceResolvable("level." + this.evidenceRequiredFrom.name());
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

	private static void requireText(InvalidInputException.Problems problems, String field, String text, int max,
			String code) {
		if (text == null || text.isBlank()) {
			problems.add(field, code + ".required");
		}
		else if (text.length() > max) {
			problems.add(field, code + ".size", max);
		}
		else if (text.indexOf('\u0000') >= 0) {
			problems.add(field, code + ".invalid");
		}
	}

}
