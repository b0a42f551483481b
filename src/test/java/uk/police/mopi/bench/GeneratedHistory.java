package uk.police.mopi.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history the demo generator made for a benchmark
 * ({@code mopi.demo-data.history-rows}).
 */
final class GeneratedHistory {

	private GeneratedHistory() {
	}

	/**
	 * The history's rows, after checking the generator filled it to at least
	 * {@code expected} and analysing the tables.
	 */
	static long require(JdbcTemplate jdbc, long expected) {
		long rows = jdbc.queryForObject("select count(*) from assessment_history", Long.class);
		if (rows < expected) {
			throw new IllegalStateException("The history holds " + rows + " rows, not " + expected
					+ ": the benchmark needs an empty database for the generator to fill");
		}
		jdbc.execute("analyze");
		return rows;
	}

}
