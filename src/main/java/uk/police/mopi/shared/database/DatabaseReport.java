package uk.police.mopi.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says plainly in the log which database the portal is using.
 */
@Component
class DatabaseReport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final JdbcClient jdbc;

	DatabaseReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		String where = this.jdbc.sql(
				"select current_database() || ' as ' || current_user || ' on ' || coalesce(inet_server_addr()::text, 'local socket') "
						+ "|| ':' || coalesce(inet_server_port()::text, '-') || ' - ' || version()")
			.query(String.class)
			.single();
		log.info("Database in use: {}", where);
	}

}
