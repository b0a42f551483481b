package uk.police.mopi.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every Spring Boot test at the one test database (see {@link TestDatabase}).
 * Registered in {@code META-INF/spring.factories} of the tests.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(TestDatabase.connection()).applyTo(context);
	}

}
