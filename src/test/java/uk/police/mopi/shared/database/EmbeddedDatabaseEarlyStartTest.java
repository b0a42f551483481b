package uk.police.mopi.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL is started early only when no database is configured, also when
 * the database is named by an initializer that runs after this one (as the tests' own
 * initializer does), and the started server accepts connections.
 */
class EmbeddedDatabaseEarlyStartTest {

	@TempDir
	Path folder;

	@Test
	void shouldLeaveAConfiguredDatabaseAlone() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://db.internal/mopi").applyTo(context);
			new EmbeddedDatabaseEarlyStart().initialize(context);
			context.refresh();

			assertThat(context.containsBean(EmbeddedDatabaseEarlyStart.BEAN_NAME)).isFalse();
		}
	}

	@Test
	void shouldSeeADatabaseNamedByALaterInitializer() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new EmbeddedDatabaseEarlyStart().initialize(context);
			TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://db.internal/mopi").applyTo(context);
			context.refresh();

			assertThat(context.containsBean(EmbeddedDatabaseEarlyStart.BEAN_NAME)).isFalse();
		}
	}

	@Test
	void shouldStartTheEmbeddedDatabaseWhenNoneIsConfigured() throws Exception {
		Path data = this.folder.resolve("postgres");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			// No database named by the machine either (CI names one:
			// SPRING_DATASOURCE_URL).
			context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
			context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
			TestPropertyValues.of("mopi.embedded-database.data-directory=" + data).applyTo(context);
			new EmbeddedDatabaseEarlyStart().initialize(context);
			context.refresh();

			EmbeddedDatabaseEarlyStart.Started started = context.getBean(EmbeddedDatabaseEarlyStart.Started.class);
			try (EmbeddedPostgres postgres = started.await();
					Connection connection = postgres.getPostgresDatabase().getConnection()) {
				assertThat(connection.isValid(5)).isTrue();
				assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
			}
		}
	}

}
