package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking things out of the plan with a reason kept in the history, typed dependencies,
 * and the Home Office milestones recorded by the programme team.
 */
@PortalTest
@Transactional
class PlanChangesTest {

	@Autowired
	private DeliveryService delivery;

	@Autowired
	private PlanRemovals removals;

	@Autowired
	private HomeOfficeMilestones homeOffice;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private DeliveryQueries deliveries;

	@Autowired
	private PlannedDeliveries planned;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Test
	void shouldRemoveAMilestoneFromEveryPlanAndKeepItsHistory() {
		PortalUser pmo = this.accounts.programmeTeam();
		project("T21", pmo);
		this.delivery.addDependency("T21-M1", "T21-M2", 0, pmo);
		this.delivery.addDelivery("T21-M2", "RRD-07", "CUS", "GOOD", pmo);
		assertThat(this.planned.open()).anyMatch(
				(o) -> o.forecast().equals(LocalDate.of(2009, 3, 31)) && o.key().equals(CellKey.of("RRD-07", "CUS")));

		this.removals.removeMilestone("T21-M2", "Merged into the custody project", pmo);

		assertThat(this.programme.milestone("T21-M2")).isEmpty();
		assertThat(this.programme.project("T21").orElseThrow().milestones()).extracting(MilestoneView::code)
			.containsExactly("T21-M1");
		assertThat(this.programme.allMilestones(null)).extracting(MilestoneView::code).doesNotContain("T21-M2");
		assertThat(this.deliveries.deliveries("T21")).isEmpty();
		assertThat(this.programme.dependencies()).noneMatch((d) -> d.successor().equals("T21-M2"));
		assertThat(this.planned.open()).noneMatch(
				(o) -> o.forecast().equals(LocalDate.of(2009, 3, 31)) && o.key().equals(CellKey.of("RRD-07", "CUS")));
		assertThat(history("T21-M2")).contains("CREATED", "REMOVED");
		assertThat(this.jdbc
			.sql("select reason from milestone_history h join milestone m on m.id = h.milestone_id"
					+ " where m.code = 'T21-M2' and h.field = 'REMOVED'")
			.query(String.class)
			.single()).isEqualTo("Merged into the custody project");
		assertThat(removed("DEPENDENCY", "T21-M2")).containsExactly("Merged into the custody project");

		assertThatThrownBy(() -> this.removals.removeMilestone("HO-2010-FULL", "Not ours", pmo))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.removals.removeMilestone("T21-M1", " ", pmo))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.removals.removeMilestone("T21-M1", "Mine", this.accounts.owner()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldRemoveTracesAndADependencyWithTheirReasons() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		project("T22", pmo);
		this.delivery.addDependency("T22-M1", "T22-M2", 7, pmo);
		this.delivery.addDelivery("T22-M2", "RRD-07", "CUS", "GOOD", pmo);
		this.delivery.addDelivery("T22-M2", "RRD-08", "CUS", "GOOD", pmo);

		this.mvc
			.perform(post("/projects/T22/deliveries/remove").param("traces", "T22-M2|RRD-07/CUS", "T22-M2|RRD-08/CUS")
				.param("removalReason", "Covered by the review project")
				.with(csrf())
				.with(user(pmo)))
			.andExpect(redirectedUrl("/projects/T22"));
		this.mvc
			.perform(post("/projects/T22/dependencies/remove").param("dependency", "T22-M1>T22-M2")
				.param("removalReason", "No longer waits")
				.with(csrf())
				.with(user(pmo)))
			.andExpect(redirectedUrl("/projects/T22"));
		this.mvc
			.perform(post("/projects/T22/deliveries/remove").param("traces", "T22-M2|RRD-07/CUS")
				.param("removalReason", "Again")
				.with(csrf())
				.with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());

		assertThat(this.deliveries.deliveries("T22")).isEmpty();
		assertThat(this.programme.dependencies()).noneMatch((d) -> d.successor().equals("T22-M2"));
		assertThat(removed("TRACE", "T22-M2")).containsExactly("Covered by the review project",
				"Covered by the review project");
		assertThat(removed("DEPENDENCY", "T22-M2")).containsExactly("No longer waits");
		assertThatThrownBy(() -> this.removals
			.removeTraces(List.of(new PlanRemovals.Trace("T22-M2", CellKey.of("RRD-07", "CUS"))), "Twice", pmo))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void shouldMoveBySuccessorsStartOrFinishByKindAndRefuseATypedCycle() {
		PortalUser pmo = this.accounts.programmeTeam();
		project("T23", pmo);
		this.delivery.addMilestone("T23", "T23-M3", "Three", LocalDate.of(2009, 2, 1), pmo);
		this.delivery.addDependency("T23-M2", "T23-M1", DependencyKind.SS, 10, pmo);
		assertThat(this.programme.milestone("T23-M1").orElseThrow().forecastDate())
			.isEqualTo(LocalDate.of(2009, 4, 10));
		this.delivery.addDependency("T23-M1", "T23-M3", DependencyKind.FF, 0, pmo);
		assertThat(this.programme.milestone("T23-M3").orElseThrow().forecastDate())
			.isEqualTo(LocalDate.of(2009, 4, 10));
		assertThat(this.programme.dependencies()).filteredOn((d) -> d.successor().equals("T23-M3"))
			.singleElement()
			.satisfies((d) -> assertThat(d.kind()).isEqualTo(DependencyKind.FF));

		assertThatThrownBy(() -> this.delivery.addDependency("T23-M3", "T23-M2", DependencyKind.SS, 0, pmo))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems())
				.anySatisfy((p) -> assertThat(p.code()).isEqualTo("plan.error.cycle")));
	}

	@Test
	void shouldRecordAHomeOfficeMilestoneKeepingItsKeyDateAndHistory() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		HomeOfficeMilestone full = this.homeOffice.list()
			.stream()
			.filter((m) -> m.code().equals("HO-2010-FULL"))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/milestones/home-office").param("milestone", "HO-2010-FULL@" + full.version())
				.param("status", "PLANNED")
				.param("forecast", "2011-06-30")
				.param("outcome", "The Home Office expects the force to slip six months")
				.param("reason", "Letter from the Home Office, September 2008")
				.with(csrf())
				.with(user(pmo)))
			.andExpect(redirectedUrl("/milestones"));

		HomeOfficeMilestone after = this.homeOffice.list()
			.stream()
			.filter((m) -> m.code().equals("HO-2010-FULL"))
			.findFirst()
			.orElseThrow();
		assertThat(after.forecastDate()).isEqualTo(LocalDate.of(2011, 6, 30));
		assertThat(after.baselineDate()).isEqualTo(full.baselineDate()).isEqualTo(this.calendar.fullCompliance());
		assertThat(after.outcome()).isEqualTo("The Home Office expects the force to slip six months");
		assertThat(history("HO-2010-FULL")).contains("FORECAST", "OUTCOME");

		assertThatThrownBy(() -> this.homeOffice.record("HO-2010-FULL", after.version(), LocalDate.of(2011, 6, 30),
				LocalDate.of(2008, 9, 1), MilestoneStatus.PLANNED, null, "Wrong", pmo))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.homeOffice.record("HO-2010-FULL", after.version(), null,
				this.calendar.today().plusDays(1), MilestoneStatus.ACHIEVED, null, "Too soon", pmo))
			.isInstanceOf(InvalidInputException.class);
		this.mvc
			.perform(post("/milestones/home-office").param("milestone", "HO-2010-FULL@" + after.version())
				.param("status", "ACHIEVED")
				.param("actual", "2008-09-01")
				.param("reason", "Owner")
				.with(csrf())
				.with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());
	}

	private void project(String code, PortalUser pmo) {
		this.delivery.createProject(
				new ProjectDetails(code, "Test project " + code, "For tests", Workstream.TECHNOLOGY, null, null,
						ProjectStatus.IN_PROGRESS, LocalDate.of(2008, 10, 1), LocalDate.of(2010, 6, 30), Set.of("CUS")),
				pmo);
		this.delivery.addMilestone(code, code + "-M1", "Design agreed", LocalDate.of(2009, 1, 31), pmo);
		this.delivery.addMilestone(code, code + "-M2", "Live", LocalDate.of(2009, 3, 31), pmo);
	}

	private List<String> history(String code) {
		return this.jdbc.sql("""
				select h.field from milestone_history h join milestone m on m.id = h.milestone_id
				where m.code = :code order by h.changed_at, h.id
				""").param("code", code).query(String.class).list();
	}

	private List<String> removed(String subject, String milestone) {
		return this.jdbc.sql("select reason from plan_removal where subject = :s and milestone_code = :m order by id")
			.param("s", subject)
			.param("m", milestone)
			.query(String.class)
			.list();
	}

}
