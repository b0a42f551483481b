package uk.police.mopi.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: a Board pack at force scale over the API, as the programme team
 * would script it. The demo generator fills the history to {@code bench.historyRows} rows
 * (200,000 by default, today the demo clock's 30 September 2008); then, signed in as
 * {@code pmo} with HTTP Basic, each round drafts a pack for today, publishes it (freezing
 * its figures) and downloads its PDF and its workbook, one request at a time over
 * loopback HTTP. Reports p50, p95 and max per step and the heap the portal uses
 * afterwards (same JVM). Run with {@code bench/packs.sh}; see docs/benchmarks.md. Asserts
 * nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mopi.demo-data.enabled=true", "mopi.demo-data.history-rows=${bench.historyRows:200000}" })
class BoardPackBenchmark {

	static final long HISTORY_ROWS = Long.getLong("bench.historyRows", 200_000);

	static final int WARM_UP = Integer.getInteger("bench.warmUp", 3);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void measure() throws Exception {
		long rows = GeneratedHistory.require(this.jdbc, HISTORY_ROWS);
		HttpSession pmo = new HttpSession(this.port, "pmo", "mopi-demo-2007");
		for (int i = 0; i < WARM_UP; i++) {
			round(pmo, "Warm-up " + i, null);
		}
		long[][] nanos = new long[4][ROUNDS];
		long[] sizes = new long[2];
		for (int i = 0; i < ROUNDS; i++) {
			long[] round = round(pmo, "Bench " + i, sizes);
			for (int step = 0; step < 4; step++) {
				nanos[step][i] = round[step];
			}
		}
		long heap = LiveHeap.bytes();
		List<String> steps = List.of("Draft a pack (POST /api/v1/board-packs)",
				"Publish it (POST .../publish), target 2 s", "PDF (GET .../pack.pdf), target 3 s",
				"Workbook (GET .../pack.xlsx), target 2 s");
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"History rows: %,d; %d warm-up and %d measured rounds (draft, publish, PDF, workbook), one request "
						+ "at a time over loopback HTTP as pmo with HTTP Basic, body read whole. PDF %,d bytes, "
						+ "workbook %,d bytes.%n%n",
				rows, WARM_UP, ROUNDS, sizes[0], sizes[1]));
		report.append("| step | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
		for (int step = 0; step < 4; step++) {
			report.append(new Timings(steps.get(step), nanos[step]).row()).append('\n');
		}
		report.append(String.format(Locale.ROOT,
				"%nLive heap of the portal's JVM after the run (class histogram): %.0f MB.%n", heap / 1e6));
		System.out.println(report);
		Path out = Path.of("target", "bench", "packs.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Drafts, publishes and downloads one pack; the nanoseconds of each step. */
	private long[] round(HttpSession pmo, String title, long[] sizes) throws Exception {
		long[] took = new long[4];
		long start = System.nanoTime();
		HttpResponse<byte[]> created = pmo.api("POST", "/api/v1/board-packs",
				"{\"meetingDate\":\"2008-09-30\",\"title\":\"" + title + "\"}");
		took[0] = System.nanoTime() - start;
		Matcher id = ID.matcher(new String(created.body(), StandardCharsets.UTF_8));
		if (!id.find()) {
			throw new IllegalStateException("No pack id in " + new String(created.body(), StandardCharsets.UTF_8));
		}
		String pack = "/api/v1/board-packs/" + id.group(1);
		start = System.nanoTime();
		pmo.api("POST", pack + "/publish", null);
		took[1] = System.nanoTime() - start;
		start = System.nanoTime();
		HttpResponse<byte[]> pdf = pmo.api("GET", pack + "/pack.pdf", null);
		took[2] = System.nanoTime() - start;
		start = System.nanoTime();
		HttpResponse<byte[]> workbook = pmo.api("GET", pack + "/pack.xlsx", null);
		took[3] = System.nanoTime() - start;
		if (sizes != null) {
			sizes[0] = pdf.body().length;
			sizes[1] = workbook.body().length;
		}
		return took;
	}

}
