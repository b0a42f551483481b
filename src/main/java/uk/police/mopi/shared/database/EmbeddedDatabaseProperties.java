package uk.police.mopi.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0 picks a
 * free port).
 *
 * @param dataDirectory folder of the database cluster, kept between runs
 * @param port TCP port on localhost, or 0 for any free port
 */
@ConfigurationProperties("mopi.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port) {
}
