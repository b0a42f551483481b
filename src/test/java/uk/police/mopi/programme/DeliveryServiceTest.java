package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Planning: projects, milestones, dependencies, propagation, lateness and who may plan.
 */
@PortalTest
@Transactional
class DeliveryServiceTest {

	private static final LocalDate MARCH_2009 = LocalDate.of(2009, 3, 31);

	@Autowired
	private DeliveryService delivery;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private DeliveryQueries deliveries;

	@Autowired
	private UserService users;

	@Autowired
	private MessageSource messages;

	@Test
	void shouldMoveDependantsAndFlagTracedAssessmentsThatWillBeLate() {
		PortalUser pmo = user("pmo");
		this.delivery.createProject(details("T01"), pmo);
		this.delivery.addMilestone("T01", "T01-M1", "Design agreed", LocalDate.of(2009, 1, 31), pmo);
		this.delivery.addMilestone("T01", "T01-M2", "Live", MARCH_2009, pmo);
		this.delivery.addDependency("T01-M1", "T01-M2", 14, pmo);
		this.delivery.addDelivery("T01-M2", "RRD-07", "CUS", "GOOD", pmo);
		assertThat(this.deliveries.deliveries("T01")).singleElement().satisfies((d) -> assertThat(d.late()).isFalse());

		long version = this.programme.milestone("T01-M1").orElseThrow().version();
		Map<String, LocalDate> moved = this.delivery.moveForecast("T01-M1", version, LocalDate.of(2010, 12, 25),
				"Supplier late", pmo);

		assertThat(moved).containsExactly(Map.entry("T01-M2", LocalDate.of(2011, 1, 8)));
		MilestoneView second = this.programme.milestone("T01-M2").orElseThrow();
		assertThat(second.forecastDate()).isEqualTo(LocalDate.of(2011, 1, 8));
		assertThat(second.baselineDate()).isEqualTo(MARCH_2009);
		assertThat(this.deliveries.deliveries("T01")).singleElement().satisfies((d) -> {
			assertThat(d.lateForDeadline()).isTrue();
			assertThat(d.lateForTarget()).isTrue();
		});
		assertThat(this.deliveries.lateDeliveries()).extracting(DeliveryView::milestoneCode).contains("T01-M2");
		assertThat(this.programme.project("T01").orElseThrow().derivedRag()).isEqualTo(Rag.RED);
	}

	@Test
	void shouldRefuseADependencyThatMakesACycleAndNameIt() {
		PortalUser pmo = user("pmo");
		this.delivery.createProject(details("T02"), pmo);
		this.delivery.addMilestone("T02", "T02-M1", "One", LocalDate.of(2009, 1, 31), pmo);
		this.delivery.addMilestone("T02", "T02-M2", "Two", LocalDate.of(2009, 2, 28), pmo);
		this.delivery.addMilestone("T02", "T02-M3", "Three", MARCH_2009, pmo);
		this.delivery.addDependency("T02-M1", "T02-M2", 0, pmo);
		this.delivery.addDependency("T02-M2", "T02-M3", 0, pmo);
		assertThatThrownBy(() -> this.delivery.addDependency("T02-M3", "T02-M1", 0, pmo)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(message(ex.problems().get(0))).contains("T02-M3 → T02-M1 → T02-M2 → T02-M3"));
		assertThat(this.programme.dependencies()).noneMatch((d) -> d.predecessor().equals("T02-M3"));
	}

	@Test
	void shouldRecordHistoryOfForecastsSoTheTimelineCanBeShownAsAtADate() {
		PortalUser pmo = user("pmo");
		this.delivery.createProject(details("T03"), pmo);
		this.delivery.addMilestone("T03", "T03-M1", "One", MARCH_2009, pmo);
		long version = this.programme.milestone("T03-M1").orElseThrow().version();
		this.delivery.moveForecast("T03-M1", version, MARCH_2009.plusDays(40), "Late", pmo);
		assertThat(this.programme.allMilestones(null)).filteredOn((m) -> m.code().equals("T03-M1"))
			.singleElement()
			.satisfies((m) -> assertThat(m.progress()).isEqualTo(MilestoneProgress.AT_RISK));
		assertThat(this.programme.allMilestones(LocalDate.of(2008, 1, 1))).noneMatch((m) -> m.code().equals("T03-M1"));
		MilestoneView current = this.programme.milestone("T03-M1").orElseThrow();
		assertThatThrownBy(() -> this.delivery.moveForecast("T03-M1", version, MARCH_2009, "stale", pmo))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.changedBy()).isEqualTo(pmo.displayName());
				assertThat(ex.changedAt()).isNotNull();
				assertThat(ex.currentVersion()).isEqualTo(current.version());
				assertThat(ex.currentPath()).isEqualTo("/projects/T03");
				assertThat(ex.fields()).filteredOn((f) -> f.name().equals("forecast"))
					.singleElement()
					.satisfies((f) -> {
						assertThat(f.theirs()).isEqualTo(MARCH_2009.plusDays(40).toString());
						assertThat(f.yours()).isEqualTo(MARCH_2009.toString());
					});
				assertThat(ex.fields()).filteredOn((f) -> f.name().equals("reason"))
					.singleElement()
					.satisfies((f) -> assertThat(f.theirs()).isEqualTo("Late"));
			});
	}

	@Test
	void shouldRequireAReasonToOverrideTheRagAndShowBoth() {
		PortalUser pmo = user("pmo");
		this.delivery.createProject(details("T04"), pmo);
		long version = this.programme.project("T04").orElseThrow().version();
		assertThatThrownBy(() -> this.delivery.overrideRag("T04", version, Rag.RED, " ", pmo))
			.isInstanceOf(InvalidInputException.class);
		this.delivery.overrideRag("T04", version, Rag.RED, "Supplier in administration", pmo);
		ProjectView project = this.programme.project("T04").orElseThrow();
		assertThat(project.rag()).isEqualTo(Rag.RED);
		assertThat(project.derivedRag()).isEqualTo(Rag.GREEN);
		assertThat(project.ragOverrideReason()).isEqualTo("Supplier in administration");
	}

	@Test
	void shouldRefuseBadPlansWithFieldProblems() {
		PortalUser pmo = user("pmo");
		ProjectDetails backwards = new ProjectDetails("bad code", "", null, null, null, null, null,
				LocalDate.of(2009, 1, 1), LocalDate.of(2008, 1, 1), Set.of());
		assertThatThrownBy(() -> this.delivery.createProject(backwards, pmo)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.problems()).extracting(InputProblem::field)
					.contains("code", "name", "workstream", "status", "endDate"));
		this.delivery.createProject(details("T05"), pmo);
		this.delivery.addMilestone("T05", "T05-M1", "One", MARCH_2009, pmo);
		assertThatThrownBy(() -> this.delivery.addDelivery("T05-M1", "XXX-99", "CUS", "GOOD", pmo))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.delivery.addDependency("T05-M1", "NOPE", 0, pmo))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void shouldLetOnlyTheProgrammeTeamPlan() {
		for (String username : new String[] { "owner.custody", "board", "admin" }) {
			assertThatThrownBy(() -> this.delivery.createProject(details("T09"), user(username))).as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private static ProjectDetails details(String code) {
		return new ProjectDetails(code, "Test project " + code, "For tests", Workstream.TECHNOLOGY, null, null,
				ProjectStatus.IN_PROGRESS, LocalDate.of(2008, 10, 1), LocalDate.of(2010, 6, 30), Set.of("CUS"));
	}

	@Test
	void shouldRefuseAStaleProjectChangeNamingWhoAndWhenWithBothVersions() {
		PortalUser pmo = user("pmo");
		this.delivery.createProject(details("T06"), pmo);
		ProjectView before = this.programme.project("T06").orElseThrow();
		this.delivery.updateProject("T06", before.version(), rename(details("T06"), "Theirs"), pmo);
		assertThatThrownBy(
				() -> this.delivery.updateProject("T06", before.version(), rename(details("T06"), "Mine"), pmo))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.subjectCode()).isEqualTo("subject.project");
				assertThat(ex.changedBy()).isEqualTo(pmo.displayName());
				assertThat(ex.currentVersion()).isEqualTo(before.version() + 1);
				assertThat(ex.currentPath()).isEqualTo("/projects/T06");
				assertThat(ex.fields()).extracting(ConcurrentChangeException.ConflictField::name)
					.contains("name", "description", "workstream", "sponsorId", "managerId", "status", "startDate",
							"endDate", "areas");
				assertThat(ex.fields()).filteredOn(ConcurrentChangeException.ConflictField::differs)
					.singleElement()
					.satisfies((f) -> assertThat(f.theirs() + "/" + f.yours()).isEqualTo("Theirs/Mine"));
			});
		assertThat(this.programme.project("T06").orElseThrow().name()).isEqualTo("Theirs");
	}

	private static ProjectDetails rename(ProjectDetails details, String name) {
		return new ProjectDetails(details.code(), name, details.description(), details.workstream(),
				details.sponsorId(), details.managerId(), details.status(), details.startDate(), details.endDate(),
				details.areas());
	}

	private String message(InputProblem problem) {
		return this.messages.getMessage(problem.code(), problem.args().toArray(), Locale.UK);
	}

	private PortalUser user(String username) {
		return (PortalUser) this.users.loadUserByUsername(username);
	}

}
