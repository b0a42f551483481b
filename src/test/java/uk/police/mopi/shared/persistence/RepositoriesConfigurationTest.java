package uk.police.mopi.shared.persistence;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

import uk.police.mopi.MopiPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared queries are read without Spring Data's parser
 * ({@link RepositoriesConfiguration}), which cannot add sorting or a count query to them:
 * so no repository method with a declared query may take a {@code Pageable} or a
 * {@code Sort}.
 */
class RepositoriesConfigurationTest {

	@Test
	void shouldDeclareNoQueryThatIsPagedOrSortedByAParameter() throws Exception {
		List<String> repositories = new ArrayList<>();
		List<String> pagedOrSorted = new ArrayList<>();
		for (Class<?> repository : repositories()) {
			repositories.add(repository.getSimpleName());
			for (Method method : repository.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Query.class) && Arrays.stream(method.getParameterTypes())
					.anyMatch((type) -> Pageable.class.isAssignableFrom(type) || Sort.class.isAssignableFrom(type))) {
					pagedOrSorted.add(repository.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(repositories).as("repositories found").contains("UserRepository", "AssessmentRepository");
		assertThat(pagedOrSorted).isEmpty();
	}

	private static List<Class<?>> repositories() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition definition : scanner
			.findCandidateComponents(MopiPortalApplication.class.getPackageName())) {
			found.add(ClassUtils.forName(definition.getBeanClassName(), null));
		}
		return found;
	}

}
