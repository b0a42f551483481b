package uk.police.mopi.shared.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

import uk.police.mopi.MopiPortalApplication;

/**
 * The Spring Data repositories, as Spring Boot would set them up, except how their
 * declared queries ({@code @Query}) are read at start-up. By default Spring Data parses
 * each one with its own HQL grammar (ANTLR) to be able to add sorting and count queries
 * to it; cold, at start-up, that cost about 1.2 s of the main thread for our fourteen
 * short queries (a profile of the start, docs/benchmarks.md "Start-up"), and Hibernate
 * parses each again to check it. None of ours is paged or sorted by a parameter, so the
 * simple reading Spring Data falls back on (regular expressions for the alias and the
 * projection) is all they need: a repository method taking a {@code Pageable} or a
 * {@code Sort} with a declared query would need the default back. Declared here, the
 * repositories no longer follow Spring Boot's {@code spring.data.jpa.repositories.*}
 * properties: set what is wanted on the annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = MopiPortalApplication.class,
		queryEnhancerSelector = RepositoriesConfiguration.SimpleDeclaredQueries.class)
class RepositoriesConfiguration {

	/** Declared queries, JPQL and native, read without a parser. */
	static class SimpleDeclaredQueries extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		SimpleDeclaredQueries() {
			super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
		}

	}

}
