package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changes to assessments, who may make them, and what the history keeps. */
@PortalTest
@Transactional
class AssessmentServiceTest {

	private static final CellKey RRD07_CUSTODY = CellKey.of("RRD-07", "CUS");

	@Autowired
	private AssessmentService service;

	@Autowired
	private AssessmentQueries queries;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateOneAssessmentPerAreaOrOneForTheForce() {
		long perArea = this.jdbc.sql("select count(*) from assessment where area_code is not null")
			.query(Long.class)
			.single();
		long forceWide = this.jdbc.sql("select count(*) from assessment where area_code is null")
			.query(Long.class)
			.single();
		long forceRequirements = this.jdbc.sql(
				"select count(*) from requirement r join catalogue_version v on v.id = r.catalogue_version_id and v.active "
						+ "where r.assessed_per = 'FORCE'")
			.query(Long.class)
			.single();
		assertThat(forceWide).isEqualTo(forceRequirements);
		assertThat(perArea).isEqualTo((200 - forceRequirements) * 22);
		assertThat(this.queries.assessment(CellKey.of("GOV-01", "FORCE"))).isPresent();
		assertThat(this.queries.assessment(CellKey.of("GOV-01", "CUS"))).isEmpty();
	}

	@Test
	void shouldSetALevelAndRecordItInTheHistory() {
		AssessmentView before = this.queries.assessment(RRD07_CUSTODY).orElseThrow();
		ComplianceLevel next = (before.level() == ComplianceLevel.GOOD) ? ComplianceLevel.EXCELLENT
				: ComplianceLevel.GOOD;
		AssessmentView after = this.service.update(RRD07_CUSTODY, before.version(),
				AssessmentChange.level(next, "Review log dip-sampled: 20 of 20 decisions recorded"), user("pmo"));
		assertThat(after.level()).isEqualTo(next);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.updatedBy()).isEqualTo("pmo");
		HistoryView latest = this.queries.history(RRD07_CUSTODY).get(0);
		assertThat(latest.kind()).isEqualTo(HistoryKind.LEVEL);
		assertThat(latest.from()).isEqualTo(before.level().name());
		assertThat(latest.to()).isEqualTo(next.name());
		assertThat(latest.reason()).contains("dip-sampled");
		assertThat(latest.stateAfter().level()).isEqualTo(next);
		assertThat(latest.versionAfter()).isEqualTo(after.version());
	}

	@Test
	void shouldRefuseAStaleVersionAndChangeNothing() {
		AssessmentView before = this.queries.assessment(RRD07_CUSTODY).orElseThrow();
		assertThatThrownBy(() -> this.service.update(RRD07_CUSTODY, before.version() - 1,
				AssessmentChange.level(ComplianceLevel.EXCELLENT, "stale"), user("pmo")))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.currentVersion()).isEqualTo(before.version());
				assertThat(ex.changedBy()).isEqualTo(before.updatedBy());
				assertThat(ex.changedAt()).isEqualTo(before.updatedAt());
			});
		assertThat(this.queries.assessment(RRD07_CUSTODY).orElseThrow()).isEqualTo(before);
	}

	@Test
	void shouldLetOnlyTheProgrammeTeamSetLevels() {
		AssessmentView before = this.queries.assessment(RRD07_CUSTODY).orElseThrow();
		for (String username : List.of("owner.custody", "board", "admin")) {
			assertThatThrownBy(() -> this.service.update(RRD07_CUSTODY, before.version(),
					AssessmentChange.level(ComplianceLevel.EXCELLENT, "not allowed"), user(username)))
				.as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void shouldLetTheAreaOwnerProposeAndTheProgrammeTeamAccept() {
		PortalUser owner = user("owner.custody");
		this.service.addEvidence(RRD07_CUSTODY, "Review log 2008", "Custody SharePoint > Reviews", owner);
		this.service.propose(RRD07_CUSTODY, ComplianceLevel.EXCELLENT, "Automated workflow live since June", owner);
		assertThatThrownBy(() -> this.service.propose(RRD07_CUSTODY, ComplianceLevel.GOOD, "again", owner))
			.isInstanceOf(InvalidInputException.class);
		ProposalView proposal = this.queries.proposals(RRD07_CUSTODY).get(0);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
		assertThat(this.queries.pendingProposals()).extracting(AssessmentQueries.PendingProposal::key)
			.contains(RRD07_CUSTODY);

		long version = this.queries.assessment(RRD07_CUSTODY).orElseThrow().version();
		AssessmentView after = this.service.decide(RRD07_CUSTODY, proposal.id(), true, "Evidence checked", version,
				user("pmo"));
		assertThat(after.level()).isEqualTo(ComplianceLevel.EXCELLENT);
		assertThat(this.queries.proposals(RRD07_CUSTODY).get(0).status()).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(this.queries.history(RRD07_CUSTODY)).extracting(HistoryView::kind)
			.startsWith(HistoryKind.LEVEL, HistoryKind.PROPOSAL_ACCEPTED, HistoryKind.PROPOSED,
					HistoryKind.EVIDENCE_ADDED);
	}

	@Test
	void shouldWithdrawEvidenceOnlyForTheProgrammeTeamOrWhoeverAddedItAndKeepItOnRecord() {
		this.service.addEvidence(RRD07_CUSTODY, "Review log 2008", "Custody SharePoint > Reviews",
				user("owner.custody"));
		EvidenceView added = this.queries.evidence(RRD07_CUSTODY).get(this.queries.evidence(RRD07_CUSTODY).size() - 1);
		assertThatThrownBy(() -> this.service.removeEvidence(RRD07_CUSTODY, added.id(), user("board")))
			.isInstanceOf(AccessDeniedException.class);
		this.service.removeEvidence(RRD07_CUSTODY, added.id(), user("owner.custody"));
		assertThat(this.queries.evidence(RRD07_CUSTODY)).filteredOn((e) -> e.id() == added.id())
			.singleElement()
			.satisfies((e) -> assertThat(e.removed()).isTrue());
		assertThat(this.queries.history(RRD07_CUSTODY).get(0).kind()).isEqualTo(HistoryKind.EVIDENCE_REMOVED);
		assertThatThrownBy(() -> this.service.removeEvidence(RRD07_CUSTODY, added.id(), user("pmo")))
			.isInstanceOf(uk.police.mopi.shared.NotFoundException.class);
	}

	@Test
	void shouldNotLetAnOwnerProposeOutsideTheirAreasOrForTheForce() {
		PortalUser owner = user("owner.custody");
		assertThatThrownBy(() -> this.service.propose(CellKey.of("RRD-07", "INT"), ComplianceLevel.GOOD, "x", owner))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.propose(CellKey.of("GOV-01", "FORCE"), ComplianceLevel.GOOD, "x", owner))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.comment(CellKey.of("RRD-07", "INT"), "x", owner))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldApplyABulkTargetInOneGoWithOneRationale() {
		List<String> codes = List.of("RRD-01", "RRD-02", "RRD-03");
		int changed = this.service.bulkUpdate(codes, List.of("CUS", "INT"), false,
				AssessmentChange.target(ComplianceLevel.EXCELLENT, LocalDate.of(2010, 12, 31), "Board raised the bar"),
				user("pmo"));
		assertThat(changed).isBetween(1, 6);
		assertThat(this.queries.assessments(codes, "CUS", null))
			.allSatisfy((view) -> assertThat(view.targetLevel()).isEqualTo(ComplianceLevel.EXCELLENT));
		assertThatThrownBy(() -> this.service.bulkUpdate(codes, List.of("CUS"), false,
				AssessmentChange.level(ComplianceLevel.GOOD, ""), user("pmo")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void shouldShowTheStateAsAtAPastDateFromTheHistory() {
		AssessmentView now = this.queries.assessment(RRD07_CUSTODY).orElseThrow();
		this.service.update(RRD07_CUSTODY, now.version(),
				AssessmentChange.level(ComplianceLevel.NOT_MET, "Backlog found"), user("pmo"));
		LocalDate baselineDay = LocalDate.of(2006, 12, 1);
		HistoryView atBaseline = this.queries.history(RRD07_CUSTODY)
			.stream()
			.filter((h) -> h.changedAt().isBefore(this.calendar.endOf(baselineDay)))
			.findFirst()
			.orElseThrow();
		assertThat(this.queries.assessments(List.of("RRD-07"), "CUS", baselineDay)).singleElement()
			.satisfies((view) -> assertThat(view.state()).isEqualTo(atBaseline.stateAfter()));
		assertThat(this.queries.assessments(List.of("RRD-07"), "CUS", LocalDate.of(2006, 1, 1))).isEmpty();
	}

	@Test
	void shouldRefuseToRewriteHistory() {
		assertThatThrownBy(() -> this.jdbc.sql("update assessment_history set reason = 'rewritten'").update())
			.hasMessageContaining("append-only");
	}

	private PortalUser user(String username) {
		return (PortalUser) this.users.loadUserByUsername(username);
	}

}
