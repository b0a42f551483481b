package uk.police.mopi;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach what: every page and API endpoint, for every role and for someone not
 * signed in.
 */
@PortalTest
class AccessControlTest {

	private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

	private static final Set<Role> PROGRAMME_TEAM_ONLY = EnumSet.of(Role.PROGRAMME_TEAM);

	/**
	 * P02 of the demo data touches no area owned by owner.custody (P01 touches Custody).
	 */
	private static final Set<Role> EVERY_ROLE_BUT_OTHER_AREAS = EnumSet.of(Role.ADMIN, Role.PROGRAMME_TEAM, Role.BOARD);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	static Stream<Arguments> pages() {
		Stream<Object[]> rules = Stream.of(new Object[] { "/", EVERY_ROLE }, new Object[] { "/catalogue", EVERY_ROLE },
				new Object[] { "/catalogue?q=review&section=RRD", EVERY_ROLE },
				new Object[] { "/catalogue/requirements/RRD-07", EVERY_ROLE },
				new Object[] { "/business-areas", EVERY_ROLE }, new Object[] { "/milestones", EVERY_ROLE },
				new Object[] { "/admin/users", ADMIN_ONLY }, new Object[] { "/admin/users/new", ADMIN_ONLY },
				new Object[] { "/admin/catalogue", ADMIN_ONLY }, new Object[] { "/assessments", EVERY_ROLE },
				new Object[] { "/assessments?asAt=2007-03-31&gaps=true", EVERY_ROLE },
				new Object[] { "/assessments/compare", EVERY_ROLE },
				new Object[] { "/assessments/RRD-07/CUS", EVERY_ROLE },
				new Object[] { "/assessments/GOV-01/FORCE", EVERY_ROLE },
				new Object[] { "/assessments/RRD-07/CUS/edit", PROGRAMME_TEAM_ONLY },
				new Object[] { "/assessments/bulk", PROGRAMME_TEAM_ONLY }, new Object[] { "/projects", EVERY_ROLE },
				new Object[] { "/projects/P01", EVERY_ROLE },
				new Object[] { "/projects/P02", EVERY_ROLE_BUT_OTHER_AREAS },
				new Object[] { "/projects/new", PROGRAMME_TEAM_ONLY },
				new Object[] { "/projects/P01/edit", PROGRAMME_TEAM_ONLY },
				new Object[] { "/projects/unplanned-gaps", EVERY_ROLE }, new Object[] { "/timeline", EVERY_ROLE },
				new Object[] { "/timeline?asAt=2007-06-30", EVERY_ROLE },
				new Object[] { "/milestones?asAt=2007-06-30", EVERY_ROLE }, new Object[] { "/budget", EVERY_ROLE },
				new Object[] { "/budget?year=2007/08", EVERY_ROLE },
				new Object[] { "/budget/lines/1", PROGRAMME_TEAM_ONLY }, new Object[] { "/dashboard", EVERY_ROLE },
				new Object[] { "/dashboard?asAt=2007-03-31", EVERY_ROLE },
				new Object[] { "/dashboard/cells?area=CUS&atLeast=FAIR", EVERY_ROLE },
				new Object[] { "/dashboard/cells?pastTarget=true&notReviewedMonths=6", EVERY_ROLE },
				new Object[] { "/dashboard/areas/CUS", EVERY_ROLE });
		return rules.flatMap((rule) -> DemoAccounts.all()
			.stream()
			.map((account) -> Arguments.of(rule[0], account, ((Set<?>) rule[1]).contains(account.role()))));
	}

	@ParameterizedTest(name = "{1} on {0}: allowed={2}")
	@MethodSource("pages")
	void shouldLetEachRoleReachOnlyItsPages(String path, DemoAccounts account, boolean allowed) throws Exception {
		this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(account.username()))))
			.andExpect(allowed ? status().isOk() : status().isForbidden());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void shouldSendSomeoneNotSignedInToTheSignInPage(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	static Stream<Arguments> adminForms() {
		return Stream.of("/admin/users/new", "/admin/catalogue")
			.flatMap((path) -> DemoAccounts.all()
				.stream()
				.filter((account) -> account.role() != Role.ADMIN)
				.map((account) -> Arguments.of(path, account)));
	}

	static Stream<Arguments> programmeTeamForms() {
		return Stream
			.of("/assessments/RRD-07/CUS/edit", "/assessments/bulk", "/assessments/RRD-07/CUS/decisions",
					"/projects/new", "/projects/P01/milestones", "/projects/P01/forecasts",
					"/projects/P01/dependencies", "/budget/lines/1", "/budget/decisions")
			.flatMap((path) -> DemoAccounts.all()
				.stream()
				.filter((account) -> account.role() != Role.PROGRAMME_TEAM)
				.map((account) -> Arguments.of(path, account)));
	}

	@ParameterizedTest(name = "{1} posts to {0}")
	@MethodSource("programmeTeamForms")
	void shouldRefuseAssessmentChangesToOtherRoles(String path, DemoAccounts account) throws Exception {
		this.mvc
			.perform(post(path).with(csrf())
				.with(user(this.users.loadUserByUsername(account.username())))
				.param("level", "EXCELLENT")
				.param("rationale", "not allowed")
				.param("proposalId", "1")
				.param("accept", "true")
				.param("decisionReason", "not allowed")
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetOnlyOwnersOfTheAreaProposeAndOnlyContributorsAddEvidence() throws Exception {
		for (DemoAccounts account : DemoAccounts.values()) {
			boolean owner = account == DemoAccounts.OWNER;
			this.mvc
				.perform(post("/assessments/RRD-07/INT/proposals").with(csrf())
					.with(user(this.users.loadUserByUsername(account.username())))
					.param("proposedLevel", "GOOD")
					.param("proposalRationale", "not my area"))
				.andExpect(status().isForbidden());
			if (!owner && account != DemoAccounts.PMO) {
				this.mvc
					.perform(post("/assessments/RRD-07/CUS/evidence").with(csrf())
						.with(user(this.users.loadUserByUsername(account.username())))
						.param("evidenceTitle", "t")
						.param("evidenceReference", "r"))
					.andExpect(status().isForbidden());
			}
		}
	}

	@ParameterizedTest(name = "{1} posts to {0}")
	@MethodSource("adminForms")
	void shouldRefuseAdministrationToOtherRoles(String path, DemoAccounts account) throws Exception {
		this.mvc
			.perform(post(path).with(csrf())
				.with(user(this.users.loadUserByUsername(account.username())))
				.param("username", "intruder")
				.param("displayName", "Intruder")
				.param("role", "ADMIN")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isForbidden());
	}

	static Stream<Arguments> apiForEveryRole() {
		return Stream
			.of("/api/v1/requirements", "/api/v1/business-areas", "/api/v1/assessments?area=CUS",
					"/api/v1/assessments/RRD-07/CUS/history")
			.flatMap((path) -> DemoAccounts.all().stream().map((account) -> Arguments.of(path, account)));
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("apiForEveryRole")
	void shouldServeTheApiToEveryRoleWithHttpBasic(String path, DemoAccounts account) throws Exception {
		this.mvc.perform(get(path).with(httpBasic(account.username(), DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void shouldAnswerUnauthenticatedApiCallsWith401NotALoginPage() throws Exception {
		this.mvc.perform(get("/api/v1/requirements"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"MoPI portal API\""))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/business-areas").with(httpBasic("pmo", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldLeaveHealthSignInAndStaticAssetsPublicAndTheApiDescriptionToSignedInPeople() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
					org.springframework.test.json.JsonCompareMode.STRICT));
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		for (String asset : new String[] { "/assets/css/portal.css", "/assets/js/portal.js", "/assets/js/js-enabled.js",
				"/assets/images/favicon.svg", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
				"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js" }) {
			this.mvc.perform(get(asset)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/css/portal.css")).andExpect(status().isFound());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
		this.mvc.perform(get("/v3/api-docs").with(user(this.users.loadUserByUsername("board"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/requirements']").exists());
	}

	@Test
	void shouldRefuseAFormPostWithoutItsCsrfToken() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(user(this.users.loadUserByUsername("admin")))
				.param("username", "nocsrf"))
			.andExpect(status().isForbidden());
	}

}
