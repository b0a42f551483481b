package uk.police.mopi.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance snapshot cache: a read model of the assessment history owned by this
 * module, for dashboards. Counts of assessments as they stood at past moments, kept in
 * {@code compliance_snapshot} so that asking again does not rescan the history. A moment
 * missing from the cache is computed from the history in one statement and stored; the
 * table's trigger empties every cached moment a newly appended history row falls before.
 * Callers pass only moments at least an hour past, so no change still in flight can fall
 * before them. Reading cached moments is one statement; computing missing ones adds four.
 */
@Component
public class ComplianceSnapshots {

	/**
	 * Assessments in one group at a moment.
	 *
	 * @param area business area code, or null for force-wide assessments
	 * @param section section code
	 * @param level the level
	 * @param applicable whether they applied
	 * @param cells how many
	 */
	public record Group(String area, String section, ComplianceLevel level, boolean applicable, int cells) {
	}

	private record Row(Instant moment, Group group) {
	}

	private final JdbcClient jdbc;

	ComplianceSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The groups at each moment. */
	@Transactional
	public Map<Instant, List<Group>> groups(Collection<Instant> moments) {
		Map<Instant, List<Group>> found = readGroups(moments);
		Set<Instant> missing = missing(moments, found.keySet());
		if (!missing.isEmpty()) {
			fill(missing);
			found.putAll(readGroups(missing));
		}
		return found;
	}

	/** Applicable assessments by level at each moment. */
	@Transactional
	public Map<Instant, Map<ComplianceLevel, Integer>> totals(Collection<Instant> moments) {
		Map<Instant, Map<ComplianceLevel, Integer>> found = readTotals(moments);
		Set<Instant> missing = missing(moments, found.keySet());
		if (!missing.isEmpty()) {
			fill(missing);
			found.putAll(readTotals(missing));
		}
		return found;
	}

	/**
	 * The groups now, counted from the assessments as they stand, or at a moment too
	 * recent to keep; nothing is stored.
	 */
	public List<Group> live(Instant moment) {
		String sql = (moment == null) ? """
				select a.area_code, split_part(a.requirement_code, '-', 1), a.level, a.applicable, count(*)
				from assessment a
				group by 1, 2, 3, 4
				""" : """
				select a.area_code, split_part(a.requirement_code, '-', 1), h.level, h.applicable, count(*)
				from assessment a
				cross join lateral (
				    select h.level, h.applicable from assessment_history h
				    where h.assessment_id = a.id and h.changed_at < :moment
				    order by h.changed_at desc, h.id desc
				    limit 1) h
				group by 1, 2, 3, 4
				""";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (moment != null) {
			statement = statement.param("moment", Timestamp.from(moment));
		}
		return statement
			.query((rs, row) -> new Group(rs.getString(1), rs.getString(2), ComplianceLevel.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getInt(5)))
			.list();
	}

	private static Set<Instant> missing(Collection<Instant> wanted, Set<Instant> found) {
		Set<Instant> missing = new LinkedHashSet<>(wanted);
		missing.removeAll(found);
		return missing;
	}

	/**
	 * Computes the moments no other request has claimed. A concurrent request computing
	 * the same moment makes this one wait for it and then use its rows.
	 */
	private void fill(Set<Instant> missing) {
		List<Instant> claimed = this.jdbc.sql("""
				insert into compliance_snapshot_moment (moment)
				select unnest(cast(:moments as timestamptz[]))
				on conflict do nothing
				returning moment
				""").param("moments", timestamps(missing)).query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
		if (claimed.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into compliance_snapshot (moment, area_code, section_code, level, applicable, cells)
				select m.moment, a.area_code, split_part(a.requirement_code, '-', 1), h.level, h.applicable, count(*)
				from unnest(cast(:moments as timestamptz[])) as m (moment)
				cross join assessment a
				cross join lateral (
				    select h.level, h.applicable from assessment_history h
				    where h.assessment_id = a.id and h.changed_at < m.moment
				    order by h.changed_at desc, h.id desc
				    limit 1) h
				group by m.moment, a.area_code, split_part(a.requirement_code, '-', 1), h.level, h.applicable
				""").param("moments", timestamps(claimed)).update();
		this.jdbc.sql("""
				update compliance_snapshot_moment m
				set not_assessed = t.not_assessed, not_met = t.not_met, fair = t.fair, good = t.good,
				    excellent = t.excellent
				from (select moment,
				             coalesce(sum(cells) filter (where level = 'NOT_ASSESSED'), 0) as not_assessed,
				             coalesce(sum(cells) filter (where level = 'NOT_MET'), 0) as not_met,
				             coalesce(sum(cells) filter (where level = 'FAIR'), 0) as fair,
				             coalesce(sum(cells) filter (where level = 'GOOD'), 0) as good,
				             coalesce(sum(cells) filter (where level = 'EXCELLENT'), 0) as excellent
				      from compliance_snapshot
				      where moment = any(cast(:moments as timestamptz[])) and applicable
				      group by moment) t
				where m.moment = t.moment
				""").param("moments", timestamps(claimed)).update();
	}

	private Map<Instant, List<Group>> readGroups(Collection<Instant> moments) {
		List<Row> rows = this.jdbc.sql("""
				select m.moment, s.area_code, s.section_code, s.level, s.applicable, s.cells
				from compliance_snapshot_moment m
				left join compliance_snapshot s on s.moment = m.moment
				where m.moment = any(cast(:moments as timestamptz[]))
				""").param("moments", timestamps(moments)).query((rs, row) -> {
			String level = rs.getString(4);
			return new Row(rs.getTimestamp(1).toInstant(), (level != null) ? new Group(rs.getString(2), rs.getString(3),
					ComplianceLevel.valueOf(level), rs.getBoolean(5), rs.getInt(6)) : null);
		}).list();
		Map<Instant, List<Group>> groups = new HashMap<>();
		for (Row row : rows) {
			List<Group> list = groups.computeIfAbsent(row.moment(), (m) -> new ArrayList<>());
			if (row.group() != null) {
				list.add(row.group());
			}
		}
		return groups;
	}

	private Map<Instant, Map<ComplianceLevel, Integer>> readTotals(Collection<Instant> moments) {
		Map<Instant, Map<ComplianceLevel, Integer>> totals = new HashMap<>();
		this.jdbc.sql("""
				select moment, not_assessed, not_met, fair, good, excellent from compliance_snapshot_moment
				where moment = any(cast(:moments as timestamptz[]))
				""").param("moments", timestamps(moments)).query((ResultSet rs) -> {
			totals.put(rs.getTimestamp(1).toInstant(), byLevel(rs));
		});
		return totals;
	}

	private static Map<ComplianceLevel, Integer> byLevel(ResultSet rs) throws SQLException {
		Map<ComplianceLevel, Integer> counts = new EnumMap<>(ComplianceLevel.class);
		ComplianceLevel[] levels = ComplianceLevel.values();
		for (int i = 0; i < levels.length; i++) {
			counts.put(levels[i], rs.getInt(i + 2));
		}
		return counts;
	}

	private static Timestamp[] timestamps(Collection<Instant> moments) {
		return moments.stream().map(Timestamp::from).toArray(Timestamp[]::new);
	}

}
