package uk.police.mopi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.support.StatementCounter;

/**
 * Benchmark, not a test: the Board's dashboard, an area owner's view and the dashboard
 * API on a programme made by the demo generator at one size ({@code bench.historyRows}
 * history rows, today {@code bench.today}), each as at today and as at 31 March 2007.
 * Reports server time (measured inside the portal, after sign-in checks) one request at a
 * time, requests per second with 16 concurrent users, and SQL statements per request. Run
 * both sizes with {@code bench/dashboard.sh}; see docs/benchmarks.md. Asserts nothing
 * about time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mopi.demo-data.enabled=true", "mopi.demo-data.history-rows=${bench.historyRows:200000}",
				"mopi.demo-clock.today=${bench.today:2010-06-30}" })
@Import({ StatementCounter.Config.class, DashboardBenchmark.ServerTime.class })
class DashboardBenchmark {

	static final long HISTORY_ROWS = Long.getLong("bench.historyRows", 200_000);

	static final int USERS = Integer.getInteger("bench.users", 16);

	static final int PER_USER = Integer.getInteger("bench.perUser", 25);

	/**
	 * Requests of every page before any is measured, so the JIT has compiled them all.
	 */
	static final int WARM_UP = Integer.getInteger("bench.warmUp", 100);

	private record Page(String name, String user, String path) {
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StatementCounter statements;

	@Test
	void measure() throws Exception {
		long rows = GeneratedHistory.require(this.jdbc, HISTORY_ROWS);
		long cells = this.jdbc.queryForObject("select count(*) from assessment", Long.class);
		long projects = this.jdbc.queryForObject("select count(*) from project", Long.class);
		long milestones = this.jdbc.queryForObject("select count(*) from milestone", Long.class);
		String today = this.jdbc.queryForObject("select max(changed_at)::date::text from assessment_history",
				String.class);
		List<Page> pages = List.of(new Page("Board dashboard, today", "board", "/dashboard"),
				new Page("Board dashboard as at 31 Mar 2007", "board", "/dashboard?asAt=2007-03-31"),
				new Page("Owner view (Custody), today", "owner.custody", "/dashboard/areas/CUS"),
				new Page("Dashboard API, today", "board", "/api/v1/dashboard"),
				new Page("Dashboard API as at 31 Mar 2007", "board", "/api/v1/dashboard?asAt=2007-03-31"));

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Generated programme: %,d assessments, %,d history rows (last change %s), %d projects, %d milestones. "
						+ "Server time is measured inside the portal after sign-in checks, one request at a time "
						+ "(%d of each page to warm up, then %d measured); throughput is %d signed-in users each sending %d requests "
						+ "as fast as answered, over loopback HTTP with gzip.%n%n",
				cells, rows, today, projects, milestones, WARM_UP, AssessmentBenchmark.SAMPLES, USERS, PER_USER));
		report.append("| request | SQL statements | server p50 ms | server p95 ms | requests/s, ")
			.append(USERS)
			.append(" users | server p95 ms under load |\n|---|---|---|---|---|---|\n");
		for (Page page : pages) {
			HttpSession session = new HttpSession(this.port, page.user(), "mopi-demo-2007");
			for (int i = 0; i < WARM_UP; i++) {
				session.time(page.path());
			}
		}
		for (Page page : pages) {
			report.append(measure(page)).append('\n');
		}
		report.append('\n').append(coldStart());
		System.out.println(report);
		Path out = Path.of("target", "bench", "dashboard-" + rows + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private String measure(Page page) throws Exception {
		HttpSession session = new HttpSession(this.port, page.user(), "mopi-demo-2007");
		long statementCount = this.statements.count(() -> session.time(page.path()));
		ServerTime.clear();
		for (int i = 0; i < AssessmentBenchmark.SAMPLES; i++) {
			session.time(page.path());
		}
		Timings alone = ServerTime.timings(page.name());
		List<HttpSession> users = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			users.add(new HttpSession(this.port, page.user(), "mopi-demo-2007"));
		}
		ServerTime.clear();
		ExecutorService pool = Executors.newFixedThreadPool(USERS);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (HttpSession user : users) {
			running.add(pool.submit(() -> {
				for (int i = 0; i < PER_USER; i++) {
					user.time(page.path());
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		Timings loaded = ServerTime.timings(page.name());
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %.1f |", page.name(), statementCount,
				alone.percentileMillis(50), alone.percentileMillis(95), USERS * PER_USER / seconds,
				loaded.percentileMillis(95));
	}

	/**
	 * The first Board dashboard after the cached past figures are emptied (as after a
	 * history row is added before them): the whole trajectory is recomputed.
	 */
	private String coldStart() throws IOException, InterruptedException {
		HttpSession session = new HttpSession(this.port, "board", "mopi-demo-2007");
		long[] nanos = new long[5];
		for (int i = 0; i < nanos.length; i++) {
			this.jdbc.update("delete from compliance_snapshot_moment");
			ServerTime.clear();
			session.time("/dashboard");
			nanos[i] = ServerTime.TIMES.poll();
		}
		Timings cold = new Timings("cold", nanos);
		return String.format(Locale.ROOT,
				"Board dashboard with nothing cached (first request after past figures are invalidated), "
						+ "%d requests: p50 %.1f ms, max %.1f ms.%n",
				nanos.length, cold.percentileMillis(50), cold.percentileMillis(100));
	}

	/** Times each request inside the portal, after Spring Security's filters. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ServerTime {

		static final ConcurrentLinkedQueue<Long> TIMES = new ConcurrentLinkedQueue<>();

		static void clear() {
			TIMES.clear();
		}

		static Timings timings(String name) {
			return new Timings(name, TIMES.stream().mapToLong(Long::longValue).toArray());
		}

		@Bean
		FilterRegistrationBean<Filter> serverTimeFilter() {
			Filter filter = (request, response, chain) -> {
				long start = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (request instanceof HttpServletRequest http && !http.getRequestURI().equals("/login")) {
						TIMES.add(System.nanoTime() - start);
					}
				}
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(0);
			return registration;
		}

	}

}
