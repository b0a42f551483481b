package uk.police.mopi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: grows the assessment history to 200,000 rows and measures the
 * compliance matrix (now and as at a past date) and one assessment's history over
 * loopback HTTP. Run with {@code bench/assessments.sh}; see docs/benchmarks.md. Asserts
 * nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mopi.demo-data.enabled=true", "mopi.assessment.evidence-required-from=NONE" })
class AssessmentBenchmark {

	static final int HISTORY_ROWS = Integer.getInteger("bench.historyRows", 200_000);

	static final int WARM_UP = Integer.getInteger("bench.warmUp", 30);

	static final int SAMPLES = Integer.getInteger("bench.samples", 200);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void measure() throws Exception {
		long loadStart = System.nanoTime();
		growHistory();
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		long rows = this.jdbc.queryForObject("select count(*) from assessment_history", Long.class);
		long cells = this.jdbc.queryForObject("select count(*) from assessment", Long.class);
		long hot = this.jdbc.queryForObject("""
				select count(*) from assessment_history h join assessment a on a.id = h.assessment_id
				where a.requirement_code = 'RRD-07' and a.area_code = 'CUS'
				""", Long.class);

		HttpSession session = new HttpSession(this.port, "pmo", "mopi-demo-2007");
		List<Timings> results = new ArrayList<>();
		results.add(measure(session, "Full matrix, now (" + cells + " assessments)", "/assessments"));
		results.add(measure(session, "Full matrix as at 31 March 2007", "/assessments?asAt=2007-03-31"));
		results.add(measure(session, "Full matrix as at 30 June 2008", "/assessments?asAt=2008-06-30"));
		results.add(measure(session, "One assessment's page (" + hot + " history rows)", "/assessments/RRD-07/CUS"));
		results.add(measure(session, "One assessment's history, API", "/api/v1/assessments/RRD-07/CUS/history"));
		results.add(measure(session, "Assessments API as at 31 March 2007", "/api/v1/assessments?asAt=2007-03-31"));

		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"History rows: %,d (loaded in %.1f s); assessments: %,d; %d warm-up and %d measured "
						+ "requests each, one at a time, over loopback HTTP with gzip, body read whole.%n%n",
				rows, loadSeconds, cells, WARM_UP, SAMPLES));
		report.append("| request | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
		results.forEach((timings) -> report.append(timings.row()).append('\n'));
		System.out.println(report);
		Path out = Path.of("target", "bench", "assessments.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private Timings measure(HttpSession session, String name, String path) throws IOException, InterruptedException {
		for (int i = 0; i < WARM_UP; i++) {
			session.time(path);
		}
		long[] nanos = new long[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			nanos[i] = session.time(path);
		}
		return new Timings(name, nanos);
	}

	/**
	 * Adds level changes until the history holds {@link #HISTORY_ROWS} rows: spread over
	 * every assessment between the baseline and September 2008, with 2,000 on RRD-07 in
	 * Custody.
	 */
	private void growHistory() {
		long existing = this.jdbc.queryForObject("select count(*) from assessment_history", Long.class);
		long toAdd = Math.max(0, HISTORY_ROWS - existing);
		long hot = Math.min(2_000, toAdd);
		this.jdbc.update(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, from_value, to_value, reason,
						                                level, applicable, target_level, target_date, version)
						select a.id, 'LEVEL', timestamptz '2006-12-01' + ((g * 37) % 950400) * interval '1 minute', 'bench',
						       'FAIR', 'GOOD', 'Benchmark history', (array['NOT_MET','FAIR','GOOD','EXCELLENT'])[1 + g % 4],
						       true, 'GOOD', date '2010-12-31', a.version
						from generate_series(1, ?) g
						join assessment a on a.requirement_code = 'RRD-07' and a.area_code = 'CUS'
						""",
				hot);
		this.jdbc.update(
				"""
						with cells as (select id, version, row_number() over (order by id) - 1 as n, count(*) over () as total
						               from assessment)
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, from_value, to_value, reason,
						                                level, applicable, target_level, target_date, version)
						select c.id, 'LEVEL', timestamptz '2006-12-01' + ((g * 53) % 950400) * interval '1 minute', 'bench',
						       'FAIR', 'GOOD', 'Benchmark history', (array['NOT_MET','FAIR','GOOD','EXCELLENT'])[1 + g % 4],
						       true, 'GOOD', date '2010-12-31', c.version
						from generate_series(1, ?) g
						join cells c on c.n = g % c.total
						""",
				toAdd - hot);
		this.jdbc.execute("analyze assessment_history");
	}

}
