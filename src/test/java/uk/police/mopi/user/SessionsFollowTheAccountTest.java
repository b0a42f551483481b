package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions kept in PostgreSQL (Spring Session JDBC) follow the account: each test signs
 * in through the real sign-in form and carries the real session cookie, as a browser
 * does.
 */
@PortalTest
@Transactional
class SessionsFollowTheAccountTest {

	static final String SET_BY_ADMIN = "a-long-enough-password";

	static final String CHOSEN = "correct horse battery staple";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private AccountSessions sessions;

	@Autowired
	private JdbcIndexedSessionRepository repository;

	@Autowired
	private JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entities;

	@Test
	void shouldRefuseADemotedAdministratorsOpenSessionTheRightToCreateAnAdministrator() throws Exception {
		UserView demoted = person("admin.demoted", Role.ADMIN, Set.of());
		Cookie session = signIn("admin.demoted", CHOSEN);
		this.mvc.perform(get("/admin/users/new").cookie(session)).andExpect(status().isOk());

		this.users.update(demoted.id(), current(demoted).version(),
				new UserChange(demoted.displayName(), Role.AREA_OWNER, Set.of("CUS"), true), "admin");

		this.mvc
			.perform(post("/admin/users/new").cookie(session)
				.with(csrf())
				.param("username", "admin.new")
				.param("displayName", "New Admin")
				.param("role", "ADMIN")
				.param("password", CHOSEN))
			.andExpect(status().isForbidden());
		assertThat(this.users.exists("admin.new")).isFalse();
		this.mvc.perform(get("/dashboard/areas/CUS").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void shouldEndTheSessionOfADisabledAccountAndSayWhy() throws Exception {
		UserView board = person("board.disabled", Role.BOARD, Set.of());
		Cookie session = signIn("board.disabled", CHOSEN);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.users.update(board.id(), current(board).version(),
				new UserChange(board.displayName(), Role.BOARD, Set.of(), false), "admin");

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?ended=account-disabled"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(this.sessions.sessions("board.disabled", null)).isEmpty();
		this.mvc.perform(get("/login").param("ended", "account-disabled"))
			.andExpect(content().string(containsString("may no longer sign in")));
	}

	@Test
	void shouldEndEverySessionWhenAnAdministratorResetsThePassword() throws Exception {
		UserView pmo = person("pmo.reset", Role.PROGRAMME_TEAM, Set.of());
		Cookie first = signIn("pmo.reset", CHOSEN);
		Cookie second = signIn("pmo.reset", CHOSEN);
		assertThat(this.sessions.sessions("pmo.reset", null)).hasSize(2);

		this.users.resetPassword(pmo.id(), current(pmo).version(), "another long enough passphrase", "admin");

		assertThat(this.sessions.sessions("pmo.reset", null)).isEmpty();
		this.mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldEndASessionSignedInBeforeThePasswordChangedEvenIfItWasNotDeleted() throws Exception {
		UserView pmo = person("pmo.stamp", Role.PROGRAMME_TEAM, Set.of());
		Cookie session = signIn("pmo.stamp", CHOSEN);
		this.jdbc.update(
				"update app_user set password_changed_at = password_changed_at + interval '1 second' where id = ?",
				pmo.id());
		this.entities.clear();

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?ended=password-changed"));
	}

	@Test
	void shouldEndASessionThatOutlivesItsAbsoluteLifetimeHoweverActive() throws Exception {
		person("board.lifetime", Role.BOARD, Set.of());
		Cookie session = signIn("board.lifetime", CHOSEN);
		signedInAgo(session, Duration.ofHours(7).plusMinutes(59));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		signedInAgo(session, Duration.ofHours(8).plusMinutes(1));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?ended=lifetime"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldMakeAPersonWithAnAdministratorsPasswordChooseTheirOwnFirst() throws Exception {
		this.users.create(new NewUser("pmo.first", "First Sign-in", SET_BY_ADMIN, Role.PROGRAMME_TEAM, Set.of()),
				"admin");
		Cookie session = signIn("pmo.first", SET_BY_ADMIN);
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose your own before you go on")));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("pmo.first", SET_BY_ADMIN)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("choose your own")));

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", SET_BY_ADMIN)
				.param("newPassword", CHOSEN)
				.param("confirmPassword", CHOSEN))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("pmo.first", CHOSEN))).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseWeakNewPasswordsOnTheirFieldsWithoutAnError500() throws Exception {
		person("owner.weak", Role.AREA_OWNER, Set.of("CUS"));
		Cookie session = signIn("owner.weak", CHOSEN);
		Map<String, String> refused = Map.of("aaaaaaaaaaaa", "too common", "password1234", "too common",
				"owner.weak12345", "too like the username", "é".repeat(72), "no more than 72 bytes");
		for (Map.Entry<String, String> each : refused.entrySet()) {
			this.mvc
				.perform(post("/account/password").cookie(session)
					.with(csrf())
					.param("currentPassword", CHOSEN)
					.param("newPassword", each.getKey())
					.param("confirmPassword", each.getKey()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Error: Change your password")))
				.andExpect(content().string(containsString("id=\"newPassword-error\"")))
				.andExpect(content().string(containsString(each.getValue())));
		}
	}

	@Test
	void shouldListTheSessionsAndEndAnotherOneButNotSomeoneElses() throws Exception {
		person("pmo.two", Role.PROGRAMME_TEAM, Set.of());
		person("pmo.other", Role.PROGRAMME_TEAM, Set.of());
		Cookie mine = signIn("pmo.two", CHOSEN);
		Cookie other = signIn("pmo.two", CHOSEN);
		Cookie someoneElse = signIn("pmo.other", CHOSEN);
		String handle = AccountSessions.handle(sessionId(other));

		this.mvc.perform(get("/account/sessions").cookie(mine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This session")))
			.andExpect(content().string(containsString("/account/sessions/" + handle + "/end")));
		this.mvc.perform(post("/account/sessions/" + handle + "/end").cookie(someoneElse).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		this.mvc.perform(get("/").cookie(other)).andExpect(status().isOk());

		this.mvc.perform(post("/account/sessions/" + handle + "/end").cookie(mine).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));

		this.mvc.perform(get("/").cookie(other)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(mine)).andExpect(status().isOk());
		assertThat(this.sessions.sessions("pmo.two", sessionId(mine))).singleElement()
			.satisfies((view) -> assertThat(view.current()).isTrue());
	}

	@Test
	void shouldEndTheOtherSessionsButKeepThisOneWhenThePersonChangesTheirPassword() throws Exception {
		person("board.change", Role.BOARD, Set.of());
		Cookie here = signIn("board.change", CHOSEN);
		Cookie elsewhere = signIn("board.change", CHOSEN);

		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", CHOSEN)
				.param("newPassword", "another long enough passphrase")
				.param("confirmPassword", "another long enough passphrase"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldKeepSessionsInTheDatabaseWithoutThePasswordHash() throws Exception {
		person("board.stored", Role.BOARD, Set.of());
		Cookie session = signIn("board.stored", CHOSEN);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		List<byte[]> attributes = this.jdbc.queryForList(
				"select a.attribute_bytes from spring_session_attributes a join spring_session s "
						+ "on s.primary_id = a.session_primary_id where s.principal_name = 'board.stored'",
				byte[].class);
		assertThat(attributes).isNotEmpty();
		assertThat(attributes)
			.allSatisfy((bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}")
				.doesNotContain("$2a$"));
	}

	/**
	 * A person with the given role who has signed in once and chosen their own password
	 * ({@link #CHOSEN}), so that nothing makes them change it.
	 */
	private UserView person(String username, Role role, Set<String> areas) {
		UserView created = this.users.create(new NewUser(username, "Test " + username, SET_BY_ADMIN, role, areas),
				"admin");
		this.users.changeOwnPassword(created.id(), new PasswordChange(SET_BY_ADMIN, CHOSEN, CHOSEN), null);
		return created;
	}

	private UserView current(UserView user) {
		return this.users.user(user.id()).orElseThrow();
	}

	/** Signs in through the form, as a browser does, and returns the session's cookie. */
	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		return cookie;
	}

	/** The session id behind a cookie (Spring Session writes it in Base64). */
	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	/** Makes the session look as if its person signed in this long ago. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void signedInAgo(Cookie cookie, Duration ago) {
		SessionRepository<Session> sessions = (SessionRepository) this.repository;
		Session session = sessions.findById(sessionId(cookie));
		SignInDetails signIn = session.getAttribute(SignInDetails.ATTRIBUTE);
		session.setAttribute(SignInDetails.ATTRIBUTE,
				new SignInDetails(session.getLastAccessedTime().minus(ago), signIn.address(), signIn.browser()));
		sessions.save(session);
	}

}
