package uk.police.mopi;

import java.beans.PropertyDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.UriUtils;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile values in every parameter of every route the portal maps, as an administrator
 * and as a member of the programme team: extreme dates, huge, negative and non-numeric
 * numbers, very long text, NUL and control characters, SQL and markup, and for JSON
 * bodies malformed, empty, oversized and wrongly typed ones. No answer may be a 5xx.
 * <p>
 * The routes and their parameters come from the handler mappings (path variables, request
 * parameters, the bean properties of form objects, the components of JSON body records),
 * so a new route is fuzzed without a line here. Each request runs in a savepoint of the
 * test's transaction that is rolled back after it.
 */
@PortalTest
@Transactional
class HostileInputTest {

	/** Values sent in every parameter in turn. */
	static final List<String> HOSTILE = List.of("0000-01-01", "-999999999-01-01", "+275760-09-13", "275760-09-13",
			"99999999999999999999", "-1", "NaN", "1e999999999", "x".repeat(10_000), "a\u0000b", "\u0001\u001b[2J\u007f",
			"'; drop table project; --", "<script>alert(1)</script>", "");

	/**
	 * JSON bodies sent to every endpoint that reads one, besides hostile field values.
	 */
	static final List<String> BODIES = List.of("{", "", "null", "[]", "{\"level\":", "{\"unknown\":1}",
			"{\"version\":\"x\"}", "{\"version\":99999999999999999999}", "\"" + "x".repeat(70_000) + "\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserService users;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManager entityManager;

	private int requests;

	@Test
	void shouldAnswerEveryHostileValueInEveryParameterOfEveryRouteWithoutA5xx() throws Exception {
		List<PortalUser> people = List.of((PortalUser) this.users.loadUserByUsername("admin"),
				(PortalUser) this.users.loadUserByUsername("pmo"));
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		List<Route> routes = routes();
		assertThat(routes).as("routes of the portal").hasSizeGreaterThan(40);
		fuzz(routes, people, failures);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("HostileInputTest: %d routes, %d requests in %d s, %d answered 5xx%n", routes.size(),
				this.requests, seconds, failures.size());
		assertThat(failures).as("hostile requests answered with a 5xx").isEmpty();
	}

	private void fuzz(List<Route> routes, List<PortalUser> people, List<String> failures) {
		for (Route route : routes) {
			for (PortalUser person : people) {
				for (String value : HOSTILE) {
					this.requests++;
					send(route, person, value, null, MediaType.APPLICATION_JSON, failures);
				}
				if (!route.body().isEmpty()) {
					for (String body : bodies(route)) {
						this.requests++;
						send(route, person, "x", body, MediaType.APPLICATION_JSON, failures);
					}
					this.requests++;
					send(route, person, "x", "level=GOOD", MediaType.TEXT_PLAIN, failures);
				}
			}
		}
	}

	private List<String> bodies(Route route) {
		List<String> bodies = new ArrayList<>(BODIES);
		for (String field : route.body()) {
			for (String value : HOSTILE) {
				if (value.length() < 100) {
					bodies.add("{\"" + field + "\":\""
							+ value.replace("\u0000", "\\u0000")
								.replace("\u0001", "\\u0001")
								.replace("\u001b", "\\u001b")
								.replace("\u007f", "\\u007f")
							+ "\"}");
				}
			}
			bodies.add("{\"" + field + "\":99999999999999999999}");
			bodies.add("{\"" + field + "\":[1,2]}");
		}
		return bodies;
	}

	/**
	 * One request in a savepoint of the test's transaction, rolled back after it whatever
	 * it did, so that a write survives no request and a database error spoils no other.
	 */
	private void send(Route route, PortalUser person, String value, String body, MediaType type,
			List<String> failures) {
		String label = route.method() + " " + route.pattern() + " value=" + abbreviate(value)
				+ ((body != null) ? " body=" + abbreviate(body) : "") + " as " + person.username();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		Savepoint savepoint;
		try {
			savepoint = connection.setSavepoint();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		try {
			MvcResult result = this.mvc.perform(request(route, person, value, body, type)).andReturn();
			int code = result.getResponse().getStatus();
			if (code >= 500) {
				Exception ex = result.getResolvedException();
				failures.add(label + ": " + code + ((ex != null) ? " " + ex : ""));
			}
		}
		catch (Exception ex) {
			failures.add(label + ": " + ex);
		}
		finally {
			this.entityManager.clear();
			try {
				connection.rollback(savepoint);
			}
			catch (SQLException ex) {
				failures.add(label + ": could not roll back: " + ex);
			}
		}
	}

	private MockHttpServletRequestBuilder request(Route route, PortalUser person, String value, String body,
			MediaType type) {
		String segment = value.isEmpty() ? "x"
				: UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
		Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(route.pattern());
		String path = variables.replaceAll(Matcher.quoteReplacement(segment));
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(route.method()), java.net.URI.create(path))
			.with(user(person));
		if (!route.method().equals("GET")) {
			request.with(csrf());
		}
		for (String parameter : route.parameters()) {
			request.param(parameter, value);
		}
		if (body != null) {
			request.contentType(type).content(body);
		}
		return request;
	}

	private static String abbreviate(String text) {
		String shown = text.replace("\u0000", "\\0").replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 40) ? shown.substring(0, 20) + "...(" + shown.length() + ")" : shown;
	}

	/** Every route of the portal's own handlers with the names of what it reads. */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				HandlerMethod handler = entry.getValue();
				if (!handler.getBeanType().getPackageName().startsWith("uk.police.mopi.")) {
					continue;
				}
				Set<String> parameters = new LinkedHashSet<>();
				List<String> body = new ArrayList<>();
				for (Parameter parameter : handler.getMethod().getParameters()) {
					read(parameter, parameters, body);
				}
				Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
				for (String pattern : entry.getKey().getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						routes.add(new Route(method.name(), pattern, List.copyOf(parameters), body));
					}
				}
			}
		}
		return routes;
	}

	private static void read(Parameter parameter, Set<String> parameters, List<String> body) {
		Class<?> type = parameter.getType();
		if (parameter.isAnnotationPresent(PathVariable.class)
				|| parameter.isAnnotationPresent(AuthenticationPrincipal.class)) {
			return;
		}
		if (parameter.isAnnotationPresent(RequestParam.class)) {
			String name = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class).name();
			parameters.add(name.isEmpty() ? parameter.getName() : name);
			return;
		}
		if (parameter.isAnnotationPresent(RequestBody.class)) {
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					body.add(component.getName());
				}
			}
			return;
		}
		if (BeanUtils.isSimpleProperty(type) || Model.class.isAssignableFrom(type)
				|| BindingResult.class.isAssignableFrom(type) || !type.getPackageName().startsWith("uk.police.mopi")) {
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				parameters.add(property.getName());
			}
		}
	}

	record Route(String method, String pattern, List<String> parameters, List<String> body) {
	}

}
