package uk.police.mopi.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One portal instance at a time runs the start-up loaders (the illustrative catalogue,
 * the first administrator, the demo data): they check whether their data exists and
 * create it when it does not, which two instances starting together on an empty database
 * would both do. The instance holds a PostgreSQL advisory lock from the moment the
 * application has started (before the first {@code ApplicationRunner}) until it is ready
 * (after the last); a second instance waits for it, then finds the data there and loads
 * nothing. The lock belongs to a connection of its own, so PostgreSQL releases it should
 * the instance die while holding it.
 */
@Component
class StartupDataLock {

	/** The advisory lock's key, the same in every instance: "MoPI" in ASCII. */
	static final long KEY = 0x4D6F5049L;

	private static final Logger log = LoggerFactory.getLogger(StartupDataLock.class);

	private final DataSource dataSource;

	private Connection holder;

	StartupDataLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener
	void started(ApplicationStartedEvent event) throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try (Statement sql = connection.createStatement()) {
			if (!tryLock(sql)) {
				log.info("Another portal instance is loading its start-up data: waiting for it to finish");
				sql.execute("select pg_advisory_lock(" + KEY + ")");
			}
			this.holder = connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		release();
	}

	@EventListener
	void failed(ApplicationFailedEvent event) {
		release();
	}

	@PreDestroy
	synchronized void release() {
		if (this.holder == null) {
			return;
		}
		try (Connection connection = this.holder; Statement sql = connection.createStatement()) {
			sql.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			log.warn("Could not release the start-up data lock; closing its connection releases it", ex);
		}
		finally {
			this.holder = null;
		}
	}

	private static boolean tryLock(Statement sql) throws SQLException {
		try (ResultSet result = sql.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
			return result.next() && result.getBoolean(1);
		}
	}

}
