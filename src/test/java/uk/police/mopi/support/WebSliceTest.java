package uk.police.mopi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.servlet.ViewResolver;

import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.PersonDirectory;
import uk.police.mopi.shared.web.cache.DataVersion;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * A web slice: the named controllers with the portal's real security configuration, error
 * handling and layout, a fixed calendar (today 30 September 2008, the Home Office key
 * dates), no database and so no names for people (pages show usernames as recorded) and
 * no cached pages (every request composes its page). Services are {@code @MockitoBean}s
 * in the test; sign in with {@code user(...)} from {@link Users}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "uk\\.police\\.mopi\\.user\\.SecurityConfiguration", "uk\\.police\\.mopi\\..*Policy",
				"uk\\.police\\.mopi\\.shared\\.web\\.DisplayNames", "uk\\.police\\.mopi\\.assessment\\.EvidenceLimits",
				"uk\\.police\\.mopi\\..*\\.web\\..*Exports?" }))
@Import({ WebSliceTest.Calendar.class, WebSliceTest.People.class, WebSliceTest.Pages.class })
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/** Today and the key dates of the demo: today is 30 September 2008. */
	@TestConfiguration(proxyBeanMethods = false)
	class Calendar {

		public static final LocalDate TODAY = LocalDate.parse("2008-09-30");

		@Bean
		Clock clock() {
			ZoneId zone = ZoneId.of("Europe/London");
			return Clock.fixed(TODAY.atTime(18, 0).atZone(zone).toInstant(), zone);
		}

		@Bean
		ProgrammeCalendar programmeCalendar(Clock clock) {
			Map<KeyDate, LocalDate> dates = new EnumMap<>(KeyDate.class);
			dates.put(KeyDate.CAPABILITY_ASSESSMENT, LocalDate.parse("2006-12-31"));
			dates.put(KeyDate.FAIR_IN_PRIORITY_AREAS, LocalDate.parse("2007-03-31"));
			dates.put(KeyDate.FUNDED_ACTION_PLAN, LocalDate.parse("2007-12-31"));
			dates.put(KeyDate.FULL_COMPLIANCE, LocalDate.parse("2010-12-31"));
			return new ProgrammeCalendar(clock, () -> dates);
		}

	}

	/** No database, so nobody's name is known: pages show the usernames recorded. */
	@TestConfiguration(proxyBeanMethods = false)
	class People {

		@Bean
		PersonDirectory personDirectory() {
			return Map::of;
		}

	}

	/**
	 * No database, so no data version: each request reads a new one, and so composes its
	 * page from the mocked services.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class Pages {

		@Bean
		PageCache pageCache(ProgrammeCalendar calendar, @Qualifier("thymeleafViewResolver") ViewResolver views) {
			AtomicLong versions = new AtomicLong();
			DataVersion version = new DataVersion(null) {
				@Override
				public long current() {
					return versions.incrementAndGet();
				}
			};
			return new PageCache(version, calendar, views, 1_000_000, 10);
		}

	}

}
