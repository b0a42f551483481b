package uk.police.mopi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.persistence.AuditedEntity;
import uk.police.mopi.shared.web.Markup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house style's "one way of doing each thing", as rules the build enforces (Spring
 * Modulith's {@link ModuleStructureTest} checks the module boundaries).
 */
class HouseRulesTest {

	private static JavaClasses portal;

	@BeforeAll
	static void importPortal() {
		portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.police.mopi");
	}

	@Test
	void shouldDeclareWhoMayUseEveryHandler() {
		methods().that()
			.areMetaAnnotatedWith(RequestMapping.class)
			.and()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(Controller.class)
			.should(declareAccess())
			.because("every page and endpoint states who may use it (house style 22)")
			.check(portal);
	}

	@Test
	void shouldAskTheCalendarForTime() {
		noClasses().that()
			.doNotBelongToAnyOf(ProgrammeCalendar.class)
			.and()
			.resideOutsideOfPackage("uk.police.mopi.shared..")
			.should()
			.callMethodWhere(DescribedPredicate.describe("a now() of java.time or the system clock",
					(call) -> isNow(call.getTarget().getOwner().getName(), call.getTarget().getName())))
			.because("today and the end of a day come from one bean, ProgrammeCalendar (house style 23)")
			.check(portal);
	}

	@Test
	void shouldEscapeJavaWrittenMarkupThroughOneHelper() {
		noClasses().that()
			.doNotBelongToAnyOf(Markup.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(HtmlUtils.class)
			.because("markup written in Java escapes through shared.web.Markup (house style 25)")
			.check(portal);
	}

	@Test
	void shouldKeepControllersInWebPackages() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.resideInAPackage("..web..")
			.because("web code lives in web/ sub-packages (house style 4)")
			.check(portal);
	}

	@Test
	void shouldKeepEntitiesAndRepositoriesInsideTheirModule() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.because("modules expose services and records, not entities or repositories (house style 2)")
			.check(portal);
	}

	@Test
	void shouldVersionEntitiesThroughTheAuditedSuperclass() {
		fields().that()
			.areAnnotatedWith(Version.class)
			.should()
			.beDeclaredIn(AuditedEntity.class)
			.because("versioned, audited entities share one mapped superclass (house style 26)")
			.check(portal);
	}

	@Test
	void shouldKeepDomainCodeFreeOfWebCode() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.police.mopi..web..")
			.because("services and records know nothing of pages (house style 4)")
			.check(portal);
	}

	@Test
	void shouldReadRowsIntoRecordsThroughRows() throws IOException {
		// ArchUnit sees the call, not its argument: so the sources, for .query(X.class).
		Pattern queryOfClass = Pattern.compile("\\.query\\(\\s*([A-Z][\\w.]*)\\.class\\s*\\)");
		List<String> intoRecords = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher call = queryOfClass.matcher(Files.readString(source));
				while (call.find()) {
					String name = call.group(1);
					boolean record = portal.stream()
						.anyMatch((type) -> type.getName().replace('$', '.').endsWith("." + name)
								&& type.reflect().isRecord());
					if (record) {
						intoRecords.add(source.getFileName() + ": " + call.group());
					}
				}
			}
		}
		assertThat(intoRecords).as("JdbcClient rows read into records with Rows.of (its Javadoc says why)").isEmpty();
	}

	private static boolean isNow(String owner, String method) {
		boolean time = owner.equals(LocalDate.class.getName()) || owner.equals(LocalDateTime.class.getName())
				|| owner.equals(ZonedDateTime.class.getName()) || owner.equals(Instant.class.getName());
		return (time && method.equals("now")) || (owner.equals(Clock.class.getName()) && method.startsWith("system"));
	}

	private static ArchCondition<JavaMethod> declareAccess() {
		return new ArchCondition<>("be annotated with @PreAuthorize, on the method or its class") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean declared = method.isAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
				events.add(new SimpleConditionEvent(method, declared,
						method.getFullName() + (declared ? " declares" : " does not declare") + " who may use it"));
			}
		};
	}

	static {
		// RestController is meta-annotated with Controller: both kinds are covered.
		assert RestController.class.isAnnotationPresent(Controller.class);
	}

}
