package uk.police.mopi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PasswordChange;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The access table: what every route the portal maps gives each kind of person, as
 * written in {@code src/test/resources/access-table.txt}. A route with no line in the
 * table, or a line whose route is no longer mapped, fails the build; so does any route
 * that answers a kind of person otherwise than its line says.
 *
 * <p>
 * The routes come from the application's handler mappings (every
 * {@link RequestMappingInfoHandlerMapping}: the portal's controllers, springdoc's and
 * Actuator's). Only {@code /error} is left out (see {@link #NOT_REQUESTED}). Sign-in
 * ({@code POST /login}) and sign-out ({@code POST /logout}) are Spring Security filters,
 * not handler methods; sign-out has its own check below.
 * <p>
 * Each line's example request runs once for each kind of person in one transaction that
 * is rolled back; examples are chosen so that nothing would change even if it were not
 * (no or minimal parameters, stale versions, ids that do not exist).
 */
@PortalTest
@Transactional
class AccessTableTest {

	static final String TABLE = "/access-table.txt";

	/**
	 * Routes the table leaves out, and why: {@code /error} is where the servlet container
	 * forwards a failed request (it renders the status of that request, so requested
	 * directly it has none to show); its access is what every 403 and 404 in the table
	 * already exercises.
	 */
	static final Set<String> NOT_REQUESTED = Set.of("ANY /error");

	/**
	 * An area that no demo project P01 touches, owned by the "owner of another area";
	 * some other project touches it, so their scoped lists are not empty.
	 */
	static final String OTHER_AREA = "MIS";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserService users;

	@Autowired
	private ProgrammeService programme;

	private final Map<Kind, PortalUser> people = new EnumMap<>(Kind.class);

	/** The kinds of person, in the order of the table's columns. */
	enum Kind {

		ANONYMOUS, BOARD, OWNER, OTHER_OWNER, PROGRAMME_TEAM, ADMIN

	}

	@BeforeEach
	void signIn() {
		UserView other = this.users.create(new NewUser("owner.other", "Other Owner", "a-long-enough-password",
				Role.AREA_OWNER, Set.of(OTHER_AREA)), "access-table-test");
		// Someone who has signed in before and chosen their own password: an
		// administrator's
		// must be changed first, which would send every request to the change-password
		// page.
		this.users.changeOwnPassword(other.id(), new PasswordChange("a-long-enough-password",
				"correct horse battery staple", "correct horse battery staple"), null);
		this.people.put(Kind.BOARD, person("board"));
		this.people.put(Kind.OWNER, person("owner.custody"));
		this.people.put(Kind.OTHER_OWNER, person("owner.other"));
		this.people.put(Kind.PROGRAMME_TEAM, person("pmo"));
		this.people.put(Kind.ADMIN, person("admin"));
	}

	@Test
	void shouldHaveALineForEveryMappedRouteAndNoOther() throws IOException {
		Set<String> mapped = mappedRoutes();
		Map<String, Line> table = table();
		List<String> missing = mapped.stream()
			.filter((route) -> !table.containsKey(route) && !NOT_REQUESTED.contains(route))
			.toList();
		List<String> gone = java.util.stream.Stream.concat(table.keySet().stream(), NOT_REQUESTED.stream())
			.filter((route) -> !mapped.contains(route))
			.toList();
		StringBuilder failure = new StringBuilder();
		if (!missing.isEmpty()) {
			failure.append("Routes with no line in ")
				.append(TABLE)
				.append(" (add one per route: method, pattern, example, then what ")
				.append("anonymous, board, owner, other owner, programme team and admin get):\n");
			missing.forEach((route) -> failure.append("  ").append(route).append('\n'));
		}
		if (!gone.isEmpty()) {
			failure.append("Lines in ")
				.append(TABLE)
				.append(" (or routes left out) whose route is no longer mapped:\n");
			gone.forEach((route) -> failure.append("  ").append(route).append('\n'));
		}
		assertThat(failure).as("the access table against the handler mappings").isEmpty();
	}

	/**
	 * Every handler of the portal states its rule with {@code @PreAuthorize}, on the
	 * method or its class ({@code HouseRulesTest} checks the same in the compiled
	 * classes).
	 */
	@Test
	void shouldFindEveryHandlerOfThePortalStatingItsRule() {
		Set<String> undeclared = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
				Class<?> type = handler.getBeanType();
				if (type.getPackageName().startsWith("uk.police.mopi.")
						&& !handler.hasMethodAnnotation(PreAuthorize.class)
						&& AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class) == null) {
					undeclared.add(type.getSimpleName() + "." + handler.getMethod().getName());
				}
			}
		}
		assertThat(undeclared).as("handlers with no @PreAuthorize").isEmpty();
	}

	@Test
	void shouldGiveEveryKindOfPersonWhatTheTableSays() throws Exception {
		assertThat(this.programme.project("P01").orElseThrow().areas()).contains("CUS").doesNotContain(OTHER_AREA);
		List<String> wrong = new ArrayList<>();
		for (Line line : table().values()) {
			for (Kind kind : Kind.values()) {
				MvcResult result = this.mvc.perform(request(line, kind)).andReturn();
				String outcome = outcome(result);
				if (!outcome.equals(line.expected().get(kind))) {
					wrong.add(line.route() + " as " + kind + " (" + line.example() + "): expected "
							+ line.expected().get(kind) + ", got " + outcome + " (" + describe(result) + ")");
				}
			}
		}
		assertThat(wrong).as("routes answering otherwise than the access table says").isEmpty();
	}

	@Test
	void shouldSignEveryoneOutToTheSignInPage() throws Exception {
		for (Kind kind : Kind.values()) {
			MockHttpServletRequestBuilder logout = post("/logout").with(csrf());
			if (kind != Kind.ANONYMOUS) {
				logout.with(user(this.people.get(kind)));
			}
			MvcResult result = this.mvc.perform(logout).andReturn();
			assertThat(result.getResponse().getStatus()).as(kind.name()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(kind.name()).isEqualTo("/login?signedOut");
		}
	}

	@Test
	void shouldListOnlyProjectsTouchingTheirAreasToTheOwnerOfAnotherArea() throws Exception {
		PortalUser other = this.people.get(Kind.OTHER_OWNER);
		MvcResult page = this.mvc.perform(get("/projects").with(user(other))).andReturn();
		@SuppressWarnings("unchecked")
		List<ProjectView> listed = (List<ProjectView>) page.getModelAndView().getModel().get("projects");
		assertThat(listed).isNotEmpty().allSatisfy((project) -> assertThat(project.areas()).contains(OTHER_AREA));
		assertThat(listed).extracting(ProjectView::code).doesNotContain("P01");
		String json = this.mvc.perform(get("/api/v1/projects").with(user(other)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<?> projects = com.jayway.jsonpath.JsonPath.read(json, "$[*]");
		List<?> touchingTheirArea = com.jayway.jsonpath.JsonPath.read(json,
				"$[?(@.areas contains '" + OTHER_AREA + "')]");
		assertThat(projects).isNotEmpty().hasSameSizeAs(touchingTheirArea);
		assertThat(projects).hasSameSizeAs(listed);
	}

	private PortalUser person(String username) {
		return (PortalUser) this.users.loadUserByUsername(username);
	}

	/** Every route of every handler mapping, as "METHOD pattern". */
	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("ANY " + pattern);
					}
					for (RequestMethod method : methods) {
						routes.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return routes;
	}

	private MockHttpServletRequestBuilder request(Line line, Kind kind) {
		HttpMethod method = line.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(line.method());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(line.example()));
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (line.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(line.body());
		}
		if (kind != Kind.ANONYMOUS) {
			request.with(user(this.people.get(kind)));
		}
		return request;
	}

	/**
	 * What a person got: {@code ok} for anything past the access gate (2xx, 3xx other
	 * than to the sign-in page, 400, 404, 409, 422), {@code login} for a redirect to the
	 * sign-in page, else the status ({@code 401}, {@code 403}, or an unexpected one).
	 */
	static String outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status >= 300 && status < 400) {
			String location = result.getResponse().getRedirectedUrl();
			return (location != null && URI.create(location).getPath().equals("/login")) ? "login" : "ok";
		}
		if (status < 300 || status == 400 || status == 404 || status == 409 || status == 422) {
			return "ok";
		}
		return Integer.toString(status);
	}

	private static String describe(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return result.getResponse().getStatus() + ((location != null) ? " to " + location : "");
	}

	/** The table's lines by route, in the order written. */
	static Map<String, Line> table() throws IOException {
		Map<String, Line> lines = new LinkedHashMap<>();
		try (InputStream in = AccessTableTest.class.getResourceAsStream(TABLE)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int number = 0;
			for (String raw : text.split("\n")) {
				number++;
				String content = raw.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				Line line = Line.parse(content, number);
				if (lines.put(line.route(), line) != null) {
					throw new IllegalStateException(TABLE + " line " + number + ": a second line for " + line.route());
				}
			}
		}
		return lines;
	}

	/**
	 * One line of the table: method, pattern as mapped, example request (path with any
	 * parameters), optionally {@code body=<json>}, then the outcome for each kind of
	 * person in the order of {@link Kind}.
	 */
	record Line(String method, String pattern, String example, String body, Map<Kind, String> expected) {

		private static final Set<String> OUTCOMES = Set.of("ok", "login", "401", "403");

		String route() {
			return this.method + " " + this.pattern;
		}

		static Line parse(String text, int number) {
			String[] tokens = text.split("\\s+");
			int kinds = Kind.values().length;
			boolean hasBody = tokens.length == 4 + kinds && tokens[3].startsWith("body=");
			if (tokens.length != 3 + kinds && !hasBody) {
				throw new IllegalStateException(TABLE + " line " + number + ": expected method, pattern, example, "
						+ "[body=...], then " + kinds + " outcomes: " + text);
			}
			Map<Kind, String> expected = new EnumMap<>(Kind.class);
			int first = tokens.length - kinds;
			for (Kind kind : Kind.values()) {
				String outcome = tokens[first + kind.ordinal()];
				if (!OUTCOMES.contains(outcome)) {
					throw new IllegalStateException(
							TABLE + " line " + number + ": " + outcome + " is not one of " + OUTCOMES);
				}
				expected.put(kind, outcome);
			}
			return new Line(tokens[0], tokens[1], tokens[2], hasBody ? tokens[3].substring(5) : null, expected);
		}

	}

}
