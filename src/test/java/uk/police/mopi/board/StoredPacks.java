package uk.police.mopi.board;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProjectView;

/**
 * Meetings and packs for tests, written with SQL as the packs slice stores them: a
 * published pack's figures are a {@link PackFigures} serialised by the portal's JSON
 * mapper.
 */
final class StoredPacks {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	StoredPacks(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long meeting(LocalDate date, String title) {
		return this.jdbc.queryForObject("""
				insert into board_meeting (meeting_date, title, version, created_at, created_by, updated_at, updated_by)
				values (?, ?, 0, now(), 'test', now(), 'test') returning id
				""", Long.class, Date.valueOf(date), title);
	}

	long draft(long meeting, LocalDate asAt) {
		return this.jdbc.queryForObject(
				"""
						insert into board_pack (meeting_id, title, as_at, status, version, created_at, created_by, updated_at, updated_by)
						values (?, 'Draft pack', ?, 'DRAFT', 0, now(), 'test', now(), 'test') returning id
						""",
				Long.class, meeting, Date.valueOf(asAt));
	}

	long published(long meeting, PackFigures figures) {
		return this.jdbc.queryForObject("""
				insert into board_pack (meeting_id, title, as_at, status, figures, published_at, published_by,
				                        version, created_at, created_by, updated_at, updated_by)
				values (?, 'Investment Board pack', ?, 'PUBLISHED', cast(? as jsonb), now(), 'test',
				        0, now(), 'test', now(), 'test') returning id
				""", Long.class, meeting, Date.valueOf(figures.asAt()), this.json.writeValueAsString(figures));
	}

	/**
	 * Figures as a pack freezes them: a headline, the projects with their milestones and
	 * RAG and the money per year as given (the rest empty).
	 */
	static PackFigures figures(LocalDate asAt, LocalDate deadline, PackFigures.Counts headline,
			List<ProjectView> projects, List<YearTotals> years) {
		return figures(asAt, deadline, headline, projects,
				projects.stream().flatMap((p) -> p.milestones().stream()).toList(), years);
	}

	/** The same, with the milestones as they were at another date. */
	static PackFigures figures(LocalDate asAt, LocalDate deadline, PackFigures.Counts headline,
			List<ProjectView> projects, List<MilestoneView> milestoneViews, List<YearTotals> years) {
		List<PackFigures.MilestoneRow> milestones = milestoneViews.stream()
			.map((m) -> new PackFigures.MilestoneRow(m.code(), m.title(), m.kind().name(), m.projectCode(),
					m.baselineDate(), m.forecastDate(), m.actualDate(), m.status().name(), m.progress().name()))
			.toList();
		List<PackFigures.ProjectRow> rows = projects.stream()
			.map((p) -> new PackFigures.ProjectRow(p.code(), p.name(), p.workstream().name(), p.sponsor(),
					p.rag().name(), "GREEN"))
			.toList();
		List<PackFigures.BudgetYear> budget = years.stream()
			.map((y) -> new PackFigures.BudgetYear(y.financialYear(), y.approved(), y.allocated(), y.unfunded(),
					y.unallocated(), y.forecast(), y.actual(), y.externalForecast(), y.externalCap(), y.warnings()))
			.toList();
		return new PackFigures(PackFigures.SCHEMA, asAt, asAt, asAt, deadline, 0, headline, List.of(), List.of(),
				List.of(), null, null, List.of(), List.of(), List.of(), milestones, rows, budget, List.of(), List.of(),
				List.of(), null);
	}

}
