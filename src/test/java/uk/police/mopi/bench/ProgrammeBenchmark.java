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
 * Benchmark, not a test: the delivery pages with the demo programme (40 projects, about
 * 120 milestones), over loopback HTTP. Run with {@code bench/programme.sh}; see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mopi.demo-data.enabled=true")
class ProgrammeBenchmark {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void measure() throws Exception {
		HttpSession session = new HttpSession(this.port, "pmo", "mopi-demo-2007");
		List<Timings> results = new ArrayList<>();
		for (String[] page : new String[][] { { "Timeline, now", "/timeline" },
				{ "Timeline as at 30 June 2007", "/timeline?asAt=2007-06-30" }, { "Projects", "/projects" },
				{ "One project's page", "/projects/PMO" }, { "Budget, all years", "/budget" },
				{ "Unplanned gaps", "/projects/unplanned-gaps" },
				{ "Milestones API as at 30 June 2007", "/api/v1/milestones?asAt=2007-06-30" } }) {
			results.add(measure(session, page[0], page[1]));
		}
		long projects = this.jdbc.queryForObject("select count(*) from project", Long.class);
		long milestones = this.jdbc.queryForObject("select count(*) from milestone", Long.class);
		long dependencies = this.jdbc.queryForObject("select count(*) from milestone_dependency", Long.class);
		StringBuilder report = new StringBuilder(String.format(
				"Demo programme: %d projects, %d milestones, %d dependencies; %d warm-up and %d measured requests each, "
						+ "one at a time, over loopback HTTP with gzip, body read whole.%n%n",
				projects, milestones, dependencies, AssessmentBenchmark.WARM_UP, AssessmentBenchmark.SAMPLES));
		report.append("| request | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
		results.forEach((timings) -> report.append(timings.row()).append('\n'));
		System.out.println(report);
		Path out = Path.of("target", "bench", "programme.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private Timings measure(HttpSession session, String name, String path) throws IOException, InterruptedException {
		for (int i = 0; i < AssessmentBenchmark.WARM_UP; i++) {
			session.time(path);
		}
		long[] nanos = new long[AssessmentBenchmark.SAMPLES];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = session.time(path);
		}
		return new Timings(name, nanos);
	}

}
