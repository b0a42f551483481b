package uk.police.mopi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run on, chosen once per test run: a server named by
 * {@code SPRING_DATASOURCE_URL} if given (CI), else a Testcontainers PostgreSQL when
 * Docker is present, else an embedded PostgreSQL in a temporary folder. Never H2.
 */
public final class TestDatabase {

	private static Map<String, String> connection;

	private TestDatabase() {
	}

	/**
	 * Spring properties that point at the test database, or none when the environment
	 * names one.
	 */
	public static synchronized Map<String, String> connection() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Map<String, String> start() {
		if (System.getenv("SPRING_DATASOURCE_URL") != null) {
			return Map.of();
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return Map.of("spring.datasource.url", container.getJdbcUrl(), "spring.datasource.username",
					container.getUsername(), "spring.datasource.password", container.getPassword());
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("mopi-test-pg"))
				.setCleanDataDirectory(true)
				.start();
			return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username", "postgres", "spring.datasource.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		if (System.getenv("DOCKER_HOST") == null
				&& !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
