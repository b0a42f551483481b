package uk.police.mopi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's context at a new, empty database ({@value #NAME}) on the tests'
 * PostgreSQL server, so that the demo is generated afresh for that test's settings (the
 * shared test database holds the demo of 30 September 2008, and a demo loads once per
 * database). Use with
 * {@code @ContextConfiguration(initializers = OwnDemoDatabase.class)}.
 */
public class OwnDemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String NAME = "mopi_demo_clock";

	private final String name;

	public OwnDemoDatabase() {
		this(NAME);
	}

	/** A new, empty database of the given name (dropped first if it exists). */
	public OwnDemoDatabase(String name) {
		this.name = name;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, String> connection = TestDatabase.connection();
		String url = connection.getOrDefault("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
		String username = connection.getOrDefault("spring.datasource.username",
				System.getenv("SPRING_DATASOURCE_USERNAME"));
		String password = connection.getOrDefault("spring.datasource.password",
				System.getenv("SPRING_DATASOURCE_PASSWORD"));
		Matcher parts = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$").matcher(url);
		if (!parts.matches()) {
			throw new IllegalStateException("Not a PostgreSQL address: " + url);
		}
		try (Connection db = DriverManager.getConnection(url, username, password);
				Statement sql = db.createStatement()) {
			sql.execute("drop database if exists " + this.name + " with (force)");
			sql.execute("create database " + this.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database " + this.name, ex);
		}
		TestPropertyValues
			.of("spring.datasource.url=" + parts.group(1) + this.name + parts.group(3),
					"spring.datasource.username=" + username,
					"spring.datasource.password=" + ((password != null) ? password : ""))
			.applyTo(context.getEnvironment(), TestPropertyValues.Type.MAP, "ownDemoDatabase");
	}

}
