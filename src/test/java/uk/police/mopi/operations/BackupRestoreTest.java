package uk.police.mopi.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Value;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The documented backup ({@code bench/backup.sh}: pg_dump in custom format) restores
 * ({@code bench/restore.sh}: pg_restore) into a new, empty database with the same rows in
 * every table, whatever tables the portal has by then (uploaded files, history and the
 * audit trail included), and the same answers to {@link #SAME_ANSWER_QUERIES}.
 *
 * <p>
 * pg_dump must be of the server's major version or newer. Without such a pg_dump (on PATH
 * or under {@code /usr/lib/postgresql/<major>/bin}) the test is skipped locally, and
 * fails in CI ({@code CI} set), where {@code .ci/run} installs Debian's PostgreSQL and
 * runs the tests on it.
 */
@PortalTest
class BackupRestoreTest {

	static final String RESTORED = "mopi_restore_test";

	/**
	 * Queries that must answer the same on the original and on the restored database,
	 * each answer read as text, row by row. Every table's row count is compared besides
	 * these.
	 */
	static final List<String> SAME_ANSWER_QUERIES = List.of(
			"select version, checksum from flyway_schema_history order by installed_rank",
			// the audit chain: intact, and ending at the same row with the same hash
			"select rows_checked, broken_id, problem, head_id, head_hash from audit_event_verify()");

	@Value("${spring.datasource.url}")
	private String url;

	@Value("${spring.datasource.username}")
	private String username;

	@Value("${spring.datasource.password:}")
	private String password;

	@Test
	void shouldRestoreABackupIntoAnEmptyDatabaseWithTheSameRowsInEveryTable(@TempDir Path folder) throws Exception {
		Matcher parts = Pattern.compile("^jdbc:postgresql://([^/:]+)(?::(\\d+))?/([^?]*).*$").matcher(this.url);
		assertThat(parts.matches()).as("a PostgreSQL address: %s", this.url).isTrue();
		String host = parts.group(1);
		String port = (parts.group(2) != null) ? parts.group(2) : "5432";
		Path bin = tools(serverMajor());
		Path backup = folder.resolve("mopi.dump");
		run(bin.resolve("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file=" + backup,
				"--host=" + host, "--port=" + port, "--username=" + this.username, "--dbname=" + parts.group(3));
		try (Connection admin = connect(this.url); Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + RESTORED + " with (force)");
			sql.execute("create database " + RESTORED);
		}
		run(bin.resolve("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
				"--host=" + host, "--port=" + port, "--username=" + this.username, "--dbname=" + RESTORED,
				backup.toString());
		String restoredUrl = this.url.replaceFirst("/" + Pattern.quote(parts.group(3)) + "(\\?|$)",
				"/" + RESTORED + "$1");
		try (Connection original = connect(this.url); Connection restored = connect(restoredUrl)) {
			Map<String, Long> counts = rowCounts(original);
			assertThat(counts).as("tables of the original").containsKeys("public.assessment", "public.app_user");
			assertThat(counts.get("public.assessment")).as("assessments in the original").isPositive();
			assertThat(rowCounts(restored)).as("row counts of every table, restored").isEqualTo(counts);
			for (String query : SAME_ANSWER_QUERIES) {
				assertThat(answer(restored, query)).as(query).isEqualTo(answer(original, query));
			}
			assertThat(answer(restored, "select count(*) from audit_event_verify() where broken_id is null"))
				.as("the restored audit chain is intact")
				.containsExactly("1|");
		}
		finally {
			try (Connection admin = connect(this.url); Statement sql = admin.createStatement()) {
				sql.execute("drop database if exists " + RESTORED + " with (force)");
			}
		}
	}

	private int serverMajor() throws SQLException {
		try (Connection db = connect(this.url);
				ResultSet version = db.createStatement().executeQuery("show server_version_num")) {
			version.next();
			return Integer.parseInt(version.getString(1)) / 10000;
		}
	}

	/** A folder holding pg_dump and pg_restore of this major version or newer. */
	private static Path tools(int serverMajor) throws IOException, InterruptedException {
		List<Path> candidates = new ArrayList<>();
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			candidates.add(Path.of(dir));
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (var versions = Files.list(debian)) {
				versions.map((version) -> version.resolve("bin")).forEach(candidates::add);
			}
		}
		List<String> seen = new ArrayList<>();
		for (Path dir : candidates) {
			if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))) {
				int major = toolMajor(dir.resolve("pg_dump"));
				seen.add(dir + " (" + major + ")");
				if (major >= serverMajor) {
					return dir;
				}
			}
		}
		String missing = "No pg_dump and pg_restore of PostgreSQL " + serverMajor + " or newer (found: " + seen
				+ "); the test database is PostgreSQL " + serverMajor;
		if (System.getenv("CI") != null) {
			fail(missing);
		}
		Assumptions.abort(missing);
		return null;
	}

	private static int toolMajor(Path pgDump) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor(30, TimeUnit.SECONDS);
		Matcher version = Pattern.compile("(\\d+)(\\.\\d+)?").matcher(out);
		return version.find() ? Integer.parseInt(version.group(1)) : 0;
	}

	private void run(Path tool, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(tool.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", (this.password != null) ? this.password : "");
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
		assertThat(process.exitValue()).as(tool.getFileName() + " failed: " + out).isZero();
	}

	private Connection connect(String address) throws SQLException {
		return DriverManager.getConnection(address, this.username, this.password);
	}

	/** Every table outside PostgreSQL's own schemas, with its number of rows. */
	private static Map<String, Long> rowCounts(Connection db) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet names = db.createStatement()
			.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
					+ "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
			while (names.next()) {
				tables.add(names.getString(1));
			}
		}
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			String[] name = table.split("\\.", 2);
			try (ResultSet count = db.createStatement()
				.executeQuery("select count(*) from \"" + name[0] + "\".\"" + name[1] + "\"")) {
				count.next();
				counts.put(table, count.getLong(1));
			}
		}
		return counts;
	}

	private static List<String> answer(Connection db, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = db.createStatement().executeQuery(query)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(result.getString(i)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
