package uk.police.mopi.assessment;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With {@code mopi.assessment.evidence-required-from=FAIR} (the default, and the demo's),
 * setting a level of Fair or above needs current evidence on the assessment, however the
 * level is set: a change, a bulk update or an accepted proposal. The shared test context
 * has the rule off, so this test builds the service with it on, from the same beans, on
 * the same database.
 */
@PortalTest
@Transactional
class EvidenceRequiredTest {

	@Autowired
	private AssessmentRepository assessments;

	@Autowired
	private HistoryWriter history;

	@Autowired
	private EvidenceRepository evidence;

	@Autowired
	private ProposalRepository proposals;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private AssessmentPolicy policy;

	@Autowired
	private EvidenceContentRepository contents;

	@Autowired
	private EvidenceFiles files;

	@Autowired
	private AssessmentQueries queries;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private MessageSource messages;

	private AssessmentService service;

	/** Two Custody assessments at Not met without evidence. */
	private List<CellKey> bare;

	@BeforeEach
	void serviceWithTheRuleOn() {
		this.service = serviceRequiringEvidenceFrom("FAIR");
		this.bare = this.jdbc
			.sql("""
					select requirement_code from assessment a where area_code = 'CUS' and level = 'NOT_MET' and applicable
					and not exists (select 1 from assessment_evidence e where e.assessment_id = a.id and e.removed_at is null)
					and not exists (select 1 from assessment_proposal p where p.assessment_id = a.id and p.status = 'PENDING')
					order by requirement_code limit 2
					""")
			.query(String.class)
			.list()
			.stream()
			.map((code) -> CellKey.of(code, "CUS"))
			.toList();
		assertThat(this.bare).hasSize(2);
	}

	@Test
	void shouldRefuseFairWithoutEvidenceAndAcceptItOnceEvidenceIsAdded() {
		CellKey key = this.bare.get(0);
		long version = this.queries.existing(key).version();
		InvalidInputException refused = refused(() -> this.service.update(key, version,
				AssessmentChange.level(ComplianceLevel.FAIR, "Dip sample passed"), this.accounts.programmeTeam()));
		assertThat(refused.problems()).extracting(InputProblem::field).containsExactly("level");
		assertThat(text(refused.problems().get(0))).isEqualTo(
				"Add evidence to this assessment first: a level of Fair or above needs at least one piece of current evidence");
		this.service.addEvidence(key, "Review log dip sample, Custody, September 2008", "Custody SharePoint",
				this.accounts.owner());
		assertThat(this.service
			.update(key, version, AssessmentChange.level(ComplianceLevel.FAIR, "Dip sample passed"),
					this.accounts.programmeTeam())
			.level()).isEqualTo(ComplianceLevel.FAIR);
	}

	@Test
	void shouldNotCountWithdrawnEvidence() {
		CellKey key = this.bare.get(0);
		this.service.addEvidence(key, "Withdrawn later", "Custody SharePoint", this.accounts.owner());
		long id = this.queries.evidence(key).get(0).id();
		this.service.removeEvidence(key, id, this.accounts.programmeTeam());
		long version = this.queries.existing(key).version();
		refused(() -> this.service.update(key, version, AssessmentChange.level(ComplianceLevel.GOOD, "Why"),
				this.accounts.programmeTeam()));
	}

	@Test
	void shouldStillAllowNotMetWithoutEvidence() {
		CellKey key = this.bare.get(0);
		this.service.addEvidence(key, "Temporary", "Somewhere", this.accounts.owner());
		long version = this.queries.existing(key).version();
		this.service.update(key, version, AssessmentChange.level(ComplianceLevel.FAIR, "Met"),
				this.accounts.programmeTeam());
		CellKey other = this.bare.get(1);
		long otherVersion = this.queries.existing(other).version();
		assertThat(this.service
			.update(other, otherVersion, AssessmentChange.level(ComplianceLevel.NOT_MET, "Still not met"),
					this.accounts.programmeTeam())
			.level()).isEqualTo(ComplianceLevel.NOT_MET);
	}

	@Test
	void shouldRefuseToAcceptAProposalOfGoodWithoutEvidence() {
		CellKey key = this.bare.get(0);
		this.service.propose(key, ComplianceLevel.GOOD, "Delivered by the project", this.accounts.owner());
		long proposal = this.queries.proposals(key).get(0).id();
		long version = this.queries.existing(key).version();
		InvalidInputException refused = refused(
				() -> this.service.decide(key, proposal, true, "Agreed", version, this.accounts.programmeTeam()));
		assertThat(refused.problems()).extracting(InputProblem::field).containsExactly("decisionReason");
		this.service.decide(key, proposal, false, "Add evidence first", version, this.accounts.programmeTeam());
	}

	@Test
	void shouldRefuseABulkUpdateNamingHowManyHaveNoEvidence() {
		List<String> codes = this.bare.stream().map(CellKey::requirementCode).toList();
		this.service.addEvidence(this.bare.get(0), "One has evidence", "Somewhere", this.accounts.owner());
		InvalidInputException refused = refused(() -> this.service.bulkUpdate(codes, List.of("CUS"), false,
				AssessmentChange.level(ComplianceLevel.FAIR, "Both met"), this.accounts.programmeTeam()));
		assertThat(refused.problems().get(0).args().get(0)).isEqualTo(1L);
		this.service.addEvidence(this.bare.get(1), "Now both have", "Somewhere", this.accounts.owner());
		assertThat(this.service.bulkUpdate(codes, List.of("CUS"), false,
				AssessmentChange.level(ComplianceLevel.FAIR, "Both met"), this.accounts.programmeTeam()))
			.isEqualTo(2);
	}

	@Test
	void shouldSetAnyLevelWithoutEvidenceWhenTheRuleIsOff() {
		AssessmentService off = serviceRequiringEvidenceFrom("NONE");
		CellKey key = this.bare.get(0);
		long version = this.queries.existing(key).version();
		assertThat(off
			.update(key, version, AssessmentChange.level(ComplianceLevel.EXCELLENT, "Why"),
					this.accounts.programmeTeam())
			.level()).isEqualTo(ComplianceLevel.EXCELLENT);
	}

	private AssessmentService serviceRequiringEvidenceFrom(String level) {
		return new AssessmentService(this.assessments, this.history, this.evidence, this.proposals, this.calendar,
				this.policy, this.contents, this.files, level);
	}

	private String text(InputProblem problem) {
		return this.messages.getMessage(problem.code(), problem.args().toArray(), Locale.UK);
	}

	private static InvalidInputException refused(Runnable action) {
		return assertThatExceptionOfType(InvalidInputException.class).isThrownBy(action::run).actual();
	}

}
