package uk.police.mopi.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every Spring Boot test at the one test database (see {@link TestDatabase}), and
 * turns off the dashboard's background warm-up, which would otherwise run statements
 * while tests count them. Registered in {@code META-INF/spring.factories} of the tests.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(TestDatabase.connection()).and("mopi.dashboard.warm-up=false").applyTo(context);
	}

}
