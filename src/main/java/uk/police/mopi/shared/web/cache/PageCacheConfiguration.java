package uk.police.mopi.shared.web.cache;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.ViewResolver;

import uk.police.mopi.shared.ProgrammeCalendar;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	DataVersion dataVersion(JdbcClient jdbc) {
		return new DataVersion(jdbc);
	}

	/**
	 * The page cache, bounded by the bytes of main content it keeps (the whole matrix is
	 * about 630 KB) and by the number of read models.
	 */
	@Bean
	PageCache pageCache(DataVersion version, ProgrammeCalendar calendar,
			@Qualifier("thymeleafViewResolver") ViewResolver views,
			@Value("${mopi.page-cache.max-megabytes:24}") long maxMegabytes,
			@Value("${mopi.page-cache.max-read-models:500}") int maxReadModels) {
		return new PageCache(version, calendar, views, maxMegabytes * 1024 * 1024, maxReadModels);
	}

}
