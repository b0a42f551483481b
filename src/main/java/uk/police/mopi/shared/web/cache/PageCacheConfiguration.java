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
	 * The page cache, bounded by the characters it keeps (a Board dashboard is about
	 * 60,000, the whole matrix about 1,500,000) and by the number of read models.
	 */
	@Bean
	PageCache pageCache(DataVersion version, ProgrammeCalendar calendar,
			@Qualifier("thymeleafViewResolver") ViewResolver views,
			@Value("${mopi.page-cache.max-characters:24000000}") long maxCharacters,
			@Value("${mopi.page-cache.max-read-models:500}") int maxReadModels) {
		return new PageCache(version, calendar, views, maxCharacters, maxReadModels);
	}

}
