package uk.police.mopi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.AccessTableTest.Kind;
import uk.police.mopi.AccessTableTest.Line;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PasswordChange;
import uk.police.mopi.user.UserView;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The access table's data-scope check: for every GET route (page and API) the access
 * table lets an area owner use, the owner of Custody and an owner of Missing Persons get
 * nothing outside their areas: no project, milestone, budget line, Board decision or
 * business area that none of their areas touches. What lies outside is computed from the
 * raw tables, not written by hand; route parameters come from data inside the owner's
 * scope, and asking for a project or area outside it by its code gives 403 or 404.
 */
@PortalTest
@Transactional
class DataScopeTest {

	/** The example's own values, replaced by each owner's. */
	private static final String EXAMPLE_AREA = "CUS";

	private static final String EXAMPLE_PROJECT = "P01";

	/**
	 * Routes that carry no data of the portal: the API's description (the same for
	 * everyone, signed in or not) and the sign-in page.
	 */
	private static final List<String> NO_DATA = List.of("/v3/", "/swagger-ui", "/login");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcClient jdbc;

	private PortalUser custody;

	private PortalUser missing;

	@BeforeEach
	void createOwners() {
		UserView created = this.users.create(
				new NewUser("owner.scope", "Scope Owner", "a-long-enough-password", Role.AREA_OWNER, Set.of("MIS")),
				"data-scope-test");
		// An owner who has signed in before: an administrator's password must be changed
		// first, which would send every request to the change-password page.
		this.users.changeOwnPassword(created.id(), new PasswordChange("a-long-enough-password",
				"correct horse battery staple", "correct horse battery staple"), null);
		this.custody = (PortalUser) this.users.loadUserByUsername("owner.custody");
		this.missing = (PortalUser) this.users.loadUserByUsername("owner.scope");
	}

	@Test
	void shouldShowTheOwnerOfCustodyNothingOutsideTheirAreasOnAnyRouteTheyMayRead() throws Exception {
		assertThat(leaks(this.custody)).as("out-of-scope data seen by the owner of CUS").isEmpty();
	}

	@Test
	void shouldShowAnOwnerOfMissingPersonsNothingOutsideTheirAreasOnAnyRouteTheyMayRead() throws Exception {
		assertThat(leaks(this.missing)).as("out-of-scope data seen by the owner of MIS").isEmpty();
	}

	@Test
	void shouldRefuseAnOwnerEveryProjectAndAreaOutsideTheirScopeAskedForByCode() throws Exception {
		for (PortalUser owner : List.of(this.custody, this.missing)) {
			Scope scope = scope(owner);
			String project = scope.outsideProjects().iterator().next();
			String area = scope.outsideAreas().iterator().next();
			List<String> answered = new ArrayList<>();
			for (String path : List.of("/projects/" + project, "/dashboard/areas/" + area,
					"/dashboard/cells?area=" + area, "/assessments/RRD-07/" + area,
					"/api/v1/assessments/RRD-07/" + area, "/api/v1/assessments/RRD-07/" + area + "/history")) {
				int status = this.mvc.perform(get(path).with(user(owner))).andReturn().getResponse().getStatus();
				if (status != 403 && status != 404) {
					answered.add(path + " gave " + status);
				}
			}
			assertThat(answered).as("out-of-scope codes answered for " + owner.username()).isEmpty();
		}
	}

	@Test
	void shouldShowAnOwnerNothingOutsideTheirAreasWhenTheyFilterByAnotherArea() throws Exception {
		Scope scope = scope(this.missing);
		String area = scope.outsideAreas().iterator().next();
		List<String> leaks = new ArrayList<>();
		for (String path : List.of("/projects/unplanned-gaps?area=" + area, "/api/v1/assessments?area=" + area,
				"/assessments?area=" + area)) {
			MvcResult result = this.mvc.perform(get(path).with(user(this.missing))).andReturn();
			if (result.getResponse().getStatus() == 200) {
				leaks.addAll(scope.leaksIn(path, body(result)));
			}
		}
		assertThat(leaks).isEmpty();
	}

	private List<String> leaks(PortalUser owner) throws Exception {
		Scope scope = scope(owner);
		assertThat(scope.outsideProjects()).as("demo projects outside the scope of " + owner.username()).isNotEmpty();
		String area = owner.ownedAreas().iterator().next();
		String project = scope.insideProjects().iterator().next();
		List<String> leaks = new ArrayList<>();
		int requested = 0;
		for (Line line : AccessTableTest.table().values()) {
			if (!line.method().equals("GET") || !line.expected().get(Kind.OWNER).equals("ok")
					|| NO_DATA.stream().anyMatch(line.pattern()::startsWith)) {
				continue;
			}
			String example = line.example().replace(EXAMPLE_AREA, area).replace(EXAMPLE_PROJECT, project);
			String bare = URI.create(example).getPath();
			for (String path : new TreeSet<>(List.of(example, bare))) {
				MvcResult result = this.mvc.perform(get(URI.create(path)).with(user(owner))).andReturn();
				requested++;
				int status = result.getResponse().getStatus();
				assertThat(status).as(path + " for " + owner.username()).isLessThan(500);
				leaks.addAll(scope.leaksIn(path, body(result)));
			}
		}
		assertThat(requested).as("GET routes an area owner may use").isGreaterThan(20);
		return leaks;
	}

	@Test
	void shouldGiveAnOwnerBudgetTotalsSummedFromTheLinesOfTheirProjectsOnly() throws Exception {
		Scope scope = scope(this.missing);
		String json = this.mvc.perform(get("/api/v1/budget?year=2008/09").with(user(this.missing)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.math.BigDecimal theirs = this.jdbc.sql("""
				select coalesce(sum(b.allocated), 0) from budget_line b join project p on p.id = b.project_id
				where b.financial_year = '2008/09' and p.code in (:inside)
				""").param("inside", scope.insideProjects()).query(java.math.BigDecimal.class).single();
		java.math.BigDecimal funded = this.jdbc.sql("""
				select coalesce(sum(b.allocated), 0) from budget_line b join project p on p.id = b.project_id
				join board_decision d on d.id = b.decision_id and d.decision = 'APPROVED'
				where b.financial_year = '2008/09' and p.code in (:inside)
				""").param("inside", scope.insideProjects()).query(java.math.BigDecimal.class).single();
		assertThat(theirs).as("the owner has money in 2008/09").isPositive();
		List<Number> allocated = com.jayway.jsonpath.JsonPath.read(json, "$.totals[*].allocated");
		assertThat(allocated).singleElement()
			.satisfies((total) -> assertThat(new java.math.BigDecimal(total.toString())).isEqualByComparingTo(theirs));
		List<Number> approved = com.jayway.jsonpath.JsonPath.read(json, "$.totals[*].approved");
		assertThat(approved).as("the funded part of their lines, not the force's decisions")
			.singleElement()
			.satisfies((total) -> assertThat(new java.math.BigDecimal(total.toString())).isEqualByComparingTo(funded));
		List<Object> caps = com.jayway.jsonpath.JsonPath.read(json, "$.totals[*].externalCap");
		assertThat(caps).as("the force's external cap").containsOnlyNulls();
		List<Object> unallocated = com.jayway.jsonpath.JsonPath.read(json, "$.totals[*].unallocated");
		assertThat(unallocated).as("the force's unallocated money").containsOnlyNulls();
	}

	private static String body(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** What an owner may and may not see, from the raw tables. */
	private Scope scope(PortalUser owner) {
		Set<String> owned = owner.ownedAreas();
		Set<String> inside = new TreeSet<>(this.jdbc.sql("""
				select distinct p.code from project p join project_area a on a.project_id = p.id
				where a.business_area_code in (:owned)
				""").param("owned", owned).query(String.class).list());
		List<String[]> outside = this.jdbc.sql("select code, name from project where code not in (:inside)")
			.param("inside", inside)
			.query((rs, row) -> new String[] { rs.getString("code"), rs.getString("name") })
			.list();
		Set<String> seenAreas = new HashSet<>(owned);
		seenAreas.addAll(this.jdbc.sql("""
				select distinct a.business_area_code from project p join project_area a on a.project_id = p.id
				where p.code in (:inside)
				""").param("inside", inside).query(String.class).list());
		Set<String> outsideAreas = new TreeSet<>(
				this.jdbc.sql("select code from business_area").query(String.class).list());
		outsideAreas.removeAll(seenAreas);
		List<String> outsideMilestones = this.jdbc.sql("""
				select m.code from milestone m join project p on p.id = m.project_id where p.code not in (:inside)
				""").param("inside", inside).query(String.class).list();
		List<String> outsideCases = this.jdbc.sql("""
				select d.business_case from board_decision d
				where (select count(*) from board_decision_project bp where bp.decision_id = d.id) <> 1
				   or not exists (select 1 from board_decision_project bp join project p on p.id = bp.project_id
				                  where bp.decision_id = d.id and p.code in (:inside))
				""").param("inside", inside).query(String.class).list();
		Set<String> outsideProjects = new TreeSet<>();
		List<Pattern> patterns = new ArrayList<>();
		for (String[] project : outside) {
			outsideProjects.add(project[0]);
			patterns.add(word(project[0]));
			patterns.add(Pattern.compile("(?<=[>\"])\\s*" + Pattern.quote(project[1]) + "\\s*(?=[<\"])"));
		}
		outsideMilestones.forEach((code) -> patterns.add(word(code)));
		outsideAreas.forEach((code) -> patterns.add(word(code)));
		outsideCases.forEach((text) -> patterns.add(Pattern.compile(Pattern.quote(text))));
		return new Scope(inside, outsideProjects, outsideAreas, patterns);
	}

	/** A code standing alone: not part of a longer code or word. */
	private static Pattern word(String code) {
		return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(code) + "(?![A-Za-z0-9])");
	}

	record Scope(Set<String> insideProjects, Set<String> outsideProjects, Set<String> outsideAreas,
			List<Pattern> outside) {

		List<String> leaksIn(String path, String body) {
			List<String> found = new ArrayList<>();
			for (Pattern pattern : this.outside) {
				var matcher = pattern.matcher(body);
				if (matcher.find()) {
					int from = Math.max(0, matcher.start() - 60);
					int to = Math.min(body.length(), matcher.end() + 60);
					found.add(path + ": " + pattern.pattern() + " in ..."
							+ body.substring(from, to).replaceAll("\\s+", " ") + "...");
				}
			}
			return found;
		}

	}

}
