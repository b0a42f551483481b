package uk.police.mopi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

	/**
	 * Time for domain code: injected so that tests and demo data can fix "today". With
	 * demo data, "today" starts at the end of {@code mopi.demo-clock.today} (30 September
	 * 2008 by default, mid-programme) and runs on at the normal rate; otherwise it is the
	 * system clock.
	 */
	@Bean
	Clock clock(@Value("${mopi.time-zone:Europe/London}") ZoneId zone, DemoData demoData,
			@Value("${mopi.demo-clock.today:2008-09-30}") LocalDate demoToday) {
		Clock system = Clock.system(zone);
		if (!demoData.enabled()) {
			return system;
		}
		Instant start = demoToday.atTime(18, 0).atZone(zone).toInstant();
		return Clock.offset(system, Duration.between(system.instant(), start));
	}

	@Bean
	ProgrammeCalendar programmeCalendar(Clock clock, KeyDateSource keyDates) {
		return new ProgrammeCalendar(clock, keyDates);
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
