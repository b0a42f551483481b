package uk.police.mopi.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/** Time for domain code: injected so that tests and demo data can fix "today". */
	@Bean
	Clock clock(@Value("${mopi.time-zone:Europe/London}") ZoneId zone) {
		return Clock.system(zone);
	}

	@Bean
	DemoData demoData(Environment environment, ObjectProvider<EmbeddedPostgres> embedded) {
		Boolean explicit = environment.getProperty("mopi.demo-data.enabled", Boolean.class);
		if (explicit != null) {
			return new DemoData(explicit);
		}
		boolean demoProfile = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		return new DemoData(demoProfile || embedded.getIfAvailable() != null);
	}

}
