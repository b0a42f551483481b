package uk.police.mopi.programme.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectFormPage;
import uk.police.mopi.programme.ProjectPage;
import uk.police.mopi.programme.ProjectPages;
import uk.police.mopi.programme.ProjectStatus;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.programme.Workstream;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;
import uk.police.mopi.user.PortalUser;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project pages on their own: a refused new project shows its problems on their
 * fields, an accepted one redirects; only the programme team changes the plan; a change
 * based on a stale version gets the 409 page naming who changed it and when.
 */
@WebSliceTest({ ProjectController.class, PlanController.class })
class ProjectPagesSliceTest {

	private static final Instant CHANGED_AT = Instant.parse("2008-09-30T09:15:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProjectPages pages;

	@MockitoBean
	private DeliveryService delivery;

	@MockitoBean
	private ProgrammeService programme;

	@MockitoBean
	private BusinessAreaService areas;

	@BeforeEach
	void pages() {
		ProjectView p01 = project("P01", "Custody review", 4);
		given(this.pages.form(null)).willReturn(new ProjectFormPage(null, List.of()));
		given(this.pages.form("P01")).willReturn(new ProjectFormPage(p01, List.of()));
		given(this.pages.page("P01")).willReturn(
				new ProjectPage(p01, List.of(), List.of(), List.of(), WebSliceTest.Calendar.TODAY, null, Set.of()));
		given(this.programme.areasOf("P01")).willReturn(Optional.of(Set.of("CUS")));
		given(this.programme.areasOf("P02")).willReturn(Optional.of(Set.of("INT")));
	}

	@Test
	void shouldShowEachProblemOfABadNewProjectOnItsField() throws Exception {
		willThrow(new InvalidInputException(
				List.of(InputProblem.of("code", "plan.error.code"), InputProblem.of("name", "plan.error.name", 200),
						InputProblem.of("endDate", "plan.error.endBeforeStart"))))
			.given(this.delivery)
			.createProject(any(), any());
		this.mvc.perform(as(Users.programmeTeam(), post("/projects/new").param("code", "bad code").param("name", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("Use 2 to 12 capital letters, digits and dashes, e.g. P07")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Give a name of at most 200 characters")))
			.andExpect(content().string(containsString("The end date must be on or after the start date")))
			.andExpect(content().string(containsString("href=\"#code\"")));
	}

	@Test
	void shouldRedirectToTheNewProjectAfterCreatingIt() throws Exception {
		this.mvc
			.perform(as(Users.programmeTeam(),
					post("/projects/new").param("code", "t01")
						.param("name", "Test")
						.param("workstream", "TECHNOLOGY")
						.param("status", "IN_PROGRESS")
						.param("startDate", "2008-10-01")
						.param("endDate", "2010-06-30")
						.param("areas", "CUS")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/T01"))
			.andExpect(flash().attribute("success", "project.created"));
		verify(this.delivery).createProject(any(), any());
	}

	@Test
	void shouldRefuseEveryPlanChangeToTheBoardAndAreaOwners() throws Exception {
		for (PortalUser someone : List.of(Users.board(), Users.owner("CUS"), Users.admin())) {
			for (String path : List.of("/projects/new", "/projects/P01/edit", "/projects/P01/milestones",
					"/projects/P01/forecasts", "/projects/P01/outcomes", "/projects/P01/dependencies",
					"/projects/P01/deliveries", "/projects/P01/rag")) {
				this.mvc.perform(as(someone, post(path).param("version", "4"))).andExpect(status().isForbidden());
			}
			this.mvc.perform(get("/projects/P01/edit").with(user(someone))).andExpect(status().isForbidden());
		}
		verifyNoInteractions(this.delivery);
	}

	@Test
	void shouldShowAnAreaOwnerOnlyTheProjectsTouchingTheirAreas() throws Exception {
		this.mvc.perform(get("/projects/P01").with(user(Users.owner("CUS"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Custody review")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("form-forecast"))));
		this.mvc.perform(get("/projects/P02").with(user(Users.owner("CUS")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/projects/P01").with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("form-forecast")));
	}

	@Test
	void shouldAnswerAStaleProjectChangeWithTheConflictPageNamingWhoAndWhen() throws Exception {
		willThrow(ConcurrentChangeException.on("subject.project", "P01")
			.changedBy("Sam Smith", CHANGED_AT, 5)
			.field("name", "project.name", "Custody review", "Mine <b>")
			.field("status", "project.status", "projectStatus.", ProjectStatus.IN_PROGRESS, ProjectStatus.CLOSED)
			.currentPath("/projects/P01")
			.build()).given(this.delivery).updateProject(eq("P01"), eq(4L), any(), any());
		this.mvc
			.perform(as(Users.programmeTeam(),
					post("/projects/P01/edit").param("version", "4")
						.param("name", "Mine <b>")
						.param("workstream", "TECHNOLOGY")
						.param("status", "CLOSED")
						.param("startDate", "2008-10-01")
						.param("endDate", "2010-06-30")))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(containsString("Project P01 was changed by Sam Smith on 30 September 2008 10:15")))
			.andExpect(content().string(containsString("Mine &lt;b&gt;")))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(containsString("name=\"version\" value=\"5\"")))
			.andExpect(content().string(containsString("action=\"/projects/P01/edit\"")))
			.andExpect(content().string(containsString("href=\"/projects/P01\"")));
	}

	@Test
	void shouldApplyAStaleForecastToTheVersionTheConflictPageCarries() throws Exception {
		willThrow(ConcurrentChangeException.on("subject.milestone", "P01-M1")
			.changedBy("Sam Smith", CHANGED_AT, 3)
			.field("forecast", "milestones.col.forecast", "2009-01-31", "2009-02-28")
			.currentPath("/projects/P01")
			.build()).given(this.delivery).moveForecast(eq("P01-M1"), eq(2L), any(), any(), any());
		this.mvc
			.perform(as(Users.programmeTeam(),
					post("/projects/P01/forecasts").param("milestone", "P01-M1@2")
						.param("forecast", "2009-02-28")
						.param("reason", "Supplier late")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Milestone P01-M1 was changed by Sam Smith")))
			.andExpect(content().string(containsString("name=\"milestone\" value=\"P01-M1@2\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		given(this.delivery.moveForecast(eq("P01-M1"), eq(3L), any(), any(), any())).willReturn(Map.of());
		this.mvc
			.perform(as(Users.programmeTeam(),
					post("/projects/P01/forecasts").param("milestone", "P01-M1@2")
						.param("forecast", "2009-02-28")
						.param("reason", "Supplier late")
						.param("version", "3")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/P01"));
		verify(this.delivery).moveForecast(eq("P01-M1"), eq(3L), eq(LocalDate.of(2009, 2, 28)), eq("Supplier late"),
				any());
	}

	@Test
	void shouldShowAPlanProblemOnTheProjectPage() throws Exception {
		willThrow(InvalidInputException.of("lagDays", "plan.error.lagDays", 0, 730)).given(this.delivery)
			.addDependency(any(), any(), any(), anyInt(), any());
		this.mvc
			.perform(as(Users.programmeTeam(),
					post("/projects/P01/dependencies").param("predecessor", "P01-M1")
						.param("successor", "P01-M2")
						.param("lagDays", "999")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The lag must be between 0 and 730 days")))
			.andExpect(content().string(containsString("id=\"lagDays-error\"")));
		verifyNoMoreOutcomes();
	}

	private void verifyNoMoreOutcomes() {
		verify(this.delivery, org.mockito.Mockito.never()).recordOutcome(any(), anyLong(), anyBoolean(), any(), any(),
				any());
	}

	private static MockHttpServletRequestBuilder as(PortalUser someone, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(someone));
	}

	private static ProjectView project(String code, String name, long version) {
		return new ProjectView(code, name, "What it changes", Workstream.TECHNOLOGY, null, null, null, null,
				ProjectStatus.IN_PROGRESS, LocalDate.of(2008, 10, 1), LocalDate.of(2010, 6, 30), Set.of("CUS"),
				List.of(), Rag.GREEN, null, null, version);
	}

}
