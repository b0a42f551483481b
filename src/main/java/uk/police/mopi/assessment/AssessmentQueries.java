package uk.police.mopi.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Reads assessments as they stand now or as they stood at the end of any date. Set-based:
 * each method is one query, however many assessments or history rows there are.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

	private static final String CURRENT = """
			select a.requirement_code, a.area_code, a.applicable, a.not_applicable_reason, a.level, a.target_level,
			       a.target_date, a.rationale, a.assessed_by, a.assessed_at, a.version, a.updated_at, a.updated_by
			from assessment a
			""";

	/**
	 * The latest history row of each assessment before a moment: the state as at that
	 * moment. An assessment with no history before it did not exist yet.
	 */
	private static final String AS_AT = """
			select a.requirement_code, a.area_code, h.applicable, a.not_applicable_reason, h.level, h.target_level,
			       h.target_date, h.reason as rationale, h.changed_by as assessed_by, h.changed_at as assessed_at,
			       h.version, h.changed_at as updated_at, h.changed_by as updated_by
			from assessment a
			cross join lateral (
			    select * from assessment_history h
			    where h.assessment_id = a.id and h.changed_at < :moment
			    order by h.changed_at desc, h.id desc
			    limit 1) h
			""";

	private final JdbcClient jdbc;

	private final ProgrammeCalendar calendar;

	private final CatalogueService catalogue;

	AssessmentQueries(JdbcClient jdbc, ProgrammeCalendar calendar, CatalogueService catalogue) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.catalogue = catalogue;
	}

	public Optional<AssessmentView> assessment(CellKey key) {
		return this.jdbc.sql(CURRENT + " where a.requirement_code = :code and a.area_code is not distinct from :area")
			.param("code", key.requirementCode())
			.param("area", key.areaCode())
			.query(AssessmentQueries::toView)
			.optional();
	}

	/** The assessment, which must exist. */
	public AssessmentView existing(CellKey key) {
		return assessment(key).orElseThrow(() -> AssessmentNotFound.of(key));
	}

	/**
	 * Assessments, now (asAt null) or as at the end of a date, optionally only of one
	 * section (its code) and of one area (a code or {@link CellKey#FORCE}; any case),
	 * only of the areas of a scope ({@link AssessmentPolicy#scope}, null for all).
	 */
	public List<AssessmentView> inSection(String section, String area, LocalDate asAt, Set<String> scope) {
		List<String> codes = null;
		if (section != null && !section.isBlank()) {
			codes = this.catalogue.search(new RequirementSearch(null, section))
				.stream()
				.map(RequirementView::code)
				.toList();
		}
		String areaCode = (area != null && !area.isBlank()) ? area.trim().toUpperCase(Locale.ROOT) : null;
		if (!AssessmentPolicy.reads(scope, areaCode)) {
			return List.of();
		}
		return assessments(codes, areaCode, asAt).stream()
			.filter((assessment) -> AssessmentPolicy.reads(scope, assessment.key()))
			.toList();
	}

	/**
	 * Assessments, now (asAt null) or as at the end of a date, optionally only of some
	 * requirements and of one area ({@link CellKey#FORCE} for the force-wide ones).
	 * Ordered by requirement code, then area.
	 */
	public List<AssessmentView> assessments(Collection<String> requirementCodes, String area, LocalDate asAt) {
		String sql = ((asAt == null) ? CURRENT : AS_AT) + """
				where (cast(:codes as text[]) is null or a.requirement_code = any(cast(:codes as text[])))
				  and (cast(:area as text) is null
				       or (:area = 'FORCE' and a.area_code is null) or a.area_code = :area)
				order by a.requirement_code, a.area_code nulls first
				""";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("codes", (requirementCodes != null) ? requirementCodes.toArray(String[]::new) : null)
			.param("area", area);
		if (asAt != null) {
			statement = statement.param("moment", Timestamp.from(this.calendar.endOf(asAt)));
		}
		return statement.query(AssessmentQueries::toView).list();
	}

	/** The state of every assessment, now or as at the end of a date, by cell. */
	/**
	 * The level of every applicable assessment as it stands: the few columns a plan
	 * needs, in one query.
	 */
	public Map<CellKey, ComplianceLevel> applicableLevels() {
		Map<CellKey, ComplianceLevel> levels = new HashMap<>();
		this.jdbc.sql("select requirement_code, area_code, level from assessment where applicable").query((rs) -> {
			levels.put(new CellKey(rs.getString(1), rs.getString(2)), ComplianceLevel.valueOf(rs.getString(3)));
		});
		return levels;
	}

	public Map<CellKey, AssessmentState> states(LocalDate asAt) {
		Map<CellKey, AssessmentState> states = new HashMap<>();
		for (AssessmentView view : assessments(null, null, asAt)) {
			states.put(view.key(), view.state());
		}
		return states;
	}

	public List<HistoryView> history(CellKey key) {
		return this.jdbc.sql("""
				select h.* from assessment_history h
				join assessment a on a.id = h.assessment_id
				where a.requirement_code = :code and a.area_code is not distinct from :area
				order by h.changed_at desc, h.id desc
				""").param("code", key.requirementCode()).param("area", key.areaCode()).query((rs, row) -> {
			ComplianceLevel target = level(rs.getString("target_level"));
			return new HistoryView(rs.getLong("id"), HistoryKind.valueOf(rs.getString("kind")),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("from_value"),
					rs.getString("to_value"), rs.getString("reason"),
					new AssessmentState(ComplianceLevel.valueOf(rs.getString("level")), rs.getBoolean("applicable"),
							target, (target != null) ? rs.getObject("target_date", LocalDate.class) : null),
					rs.getLong("version"));
		}).list();
	}

	public List<EvidenceView> evidence(CellKey key) {
		return this.jdbc.sql("""
				select e.id, e.title, e.reference, e.added_by, e.added_at, e.removed_at is not null as removed,
				       e.file_name, e.file_type, e.file_size, e.file_sha256
				from assessment_evidence e join assessment a on a.id = e.assessment_id
				where a.requirement_code = :code and a.area_code is not distinct from :area
				order by e.added_at, e.id
				""")
			.param("code", key.requirementCode())
			.param("area", key.areaCode())
			.query((rs, row) -> new EvidenceView(rs.getLong("id"), rs.getString("title"), rs.getString("reference"),
					rs.getString("added_by"), rs.getTimestamp("added_at").toInstant(), rs.getBoolean("removed"),
					rs.getString("file_name"), rs.getString("file_type"), rs.getObject("file_size", Long.class),
					rs.getString("file_sha256")))
			.list();
	}

	/**
	 * The file attached to a piece of evidence of this assessment (withdrawn evidence
	 * included: it stays on record), if there is one.
	 */
	public Optional<EvidenceFile> evidenceFile(CellKey key, long evidenceId) {
		return this.jdbc.sql("""
				select e.file_name, e.file_type, e.file_size, e.file_sha256, f.content
				from assessment_evidence e join assessment a on a.id = e.assessment_id
				join assessment_evidence_file f on f.evidence_id = e.id
				where e.id = :id and a.requirement_code = :code and a.area_code is not distinct from :area
				""")
			.param("id", evidenceId)
			.param("code", key.requirementCode())
			.param("area", key.areaCode())
			.query((rs, row) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getBytes(5)))
			.optional();
	}

	public List<ProposalView> proposals(CellKey key) {
		return this.jdbc.sql("""
				select p.* from assessment_proposal p join assessment a on a.id = p.assessment_id
				where a.requirement_code = :code and a.area_code is not distinct from :area
				order by p.proposed_at desc, p.id desc
				""")
			.param("code", key.requirementCode())
			.param("area", key.areaCode())
			.query(AssessmentQueries::toProposal)
			.list();
	}

	/** How many pieces of evidence (not withdrawn) each assessment has; one query. */
	public Map<CellKey, Integer> evidenceCounts() {
		Map<CellKey, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select a.requirement_code, a.area_code, count(*) as n
				from assessment_evidence e join assessment a on a.id = e.assessment_id
				where e.removed_at is null group by a.requirement_code, a.area_code
				""").query((rs) -> {
			counts.put(new CellKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
		});
		return counts;
	}

	/**
	 * How many pieces of evidence each assessment held at the end of a date: added before
	 * it and not withdrawn before it. One query.
	 */
	public Map<CellKey, Integer> evidenceCounts(LocalDate asAt) {
		Map<CellKey, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select a.requirement_code, a.area_code, count(*) as n
				from assessment_evidence e join assessment a on a.id = e.assessment_id
				where e.added_at < :moment and (e.removed_at is null or e.removed_at >= :moment)
				group by a.requirement_code, a.area_code
				""").param("moment", Timestamp.from(this.calendar.endOf(asAt))).query((rs) -> {
			counts.put(new CellKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
		});
		return counts;
	}

	/**
	 * The assessments not reviewed in the {@code months} before the end of a date: no
	 * history row of any kind since then, so no change of level, target or applicability,
	 * no evidence, no comment and no proposal. One indexed probe per assessment.
	 */
	public Set<CellKey> notReviewed(LocalDate asAt, int months) {
		Set<CellKey> keys = new HashSet<>();
		this.jdbc.sql("""
				select a.requirement_code, a.area_code from assessment a
				where not exists (select 1 from assessment_history h
				                  where h.assessment_id = a.id and h.changed_at >= :since and h.changed_at < :moment)
				""")
			.param("since", Timestamp.from(this.calendar.endOf(asAt.minusMonths(months).minusDays(1))))
			.param("moment", Timestamp.from(this.calendar.endOf(asAt)))
			.query((rs) -> {
				keys.add(new CellKey(rs.getString(1), rs.getString(2)));
			});
		return keys;
	}

	/** Proposals awaiting a decision, oldest first, with their cells. */
	public List<PendingProposal> pendingProposals() {
		return this.jdbc.sql("""
				select a.requirement_code, a.area_code, p.* from assessment_proposal p
				join assessment a on a.id = p.assessment_id
				where p.status = 'PENDING' order by p.proposed_at, p.id
				""")
			.query((rs, row) -> new PendingProposal(
					new CellKey(rs.getString("requirement_code"), rs.getString("area_code")), toProposal(rs, row)))
			.list();
	}

	/**
	 * A proposal awaiting a decision.
	 *
	 * @param key which assessment
	 * @param proposal the proposal
	 */
	public record PendingProposal(CellKey key, ProposalView proposal) {
	}

	private static ProposalView toProposal(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ProposalView(rs.getLong("id"), ComplianceLevel.valueOf(rs.getString("proposed_level")),
				rs.getString("rationale"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("decision_reason"));
	}

	private static AssessmentView toView(ResultSet rs, int row) throws SQLException {
		Timestamp assessedAt = rs.getTimestamp("assessed_at");
		ComplianceLevel target = level(rs.getString("target_level"));
		return new AssessmentView(new CellKey(rs.getString("requirement_code"), rs.getString("area_code")),
				rs.getBoolean("applicable"), rs.getString("not_applicable_reason"),
				ComplianceLevel.valueOf(rs.getString("level")), target,
				(target != null) ? rs.getObject("target_date", LocalDate.class) : null, rs.getString("rationale"),
				rs.getString("assessed_by"), (assessedAt != null) ? assessedAt.toInstant() : null,
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static ComplianceLevel level(String name) {
		return (name != null) ? ComplianceLevel.valueOf(name) : null;
	}

}
