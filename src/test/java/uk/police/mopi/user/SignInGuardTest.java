package uk.police.mopi.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in resists guessing: repeated wrong passwords lock the account on the form and the
 * API alike, the right password is refused while it is locked, an administrator unlocks
 * it, and an address that keeps failing is blocked. Each test comes from an address of
 * its own and rolls back, so the counts never reach other tests.
 */
@PortalTest
@Transactional
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class SignInGuardTest {

	private static final String API = "/api/v1/business-areas";

	private static final long BOARD_ID = 4;

	@Autowired
	private Accounts accounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEvents events;

	@Test
	void shouldLockTheAccountOnTheFormAfterRepeatedWrongPasswordsAndRefuseTheRightOne() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			String expected = (attempt <= 5) ? "/login?error" : "/login?locked";
			signIn("board", "wrong-" + attempt, "10.10.1.1").andExpect(redirectedUrl(expected));
		}
		// The session (kept in PostgreSQL) travels in its cookie, as in a browser
		Cookie[] session = signIn("board", DemoAccounts.PASSWORD, "10.10.1.1").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn()
			.getResponse()
			.getCookies();
		this.mvc.perform(get("/login?locked").cookie(session))
			.andExpect(content().string(matchesPattern("(?s).*Too many failed sign-ins. Try again after \\d\\d:\\d\\d, "
					+ "or ask an administrator to unlock the account.*")));
		assertThat(this.events.stream(AuditEvent.class).filter((event) -> event.action().equals("signin.locked")))
			.isNotEmpty();
	}

	@Test
	void shouldAnswerTheApiWith429AndRetryAfterOnceTheAccountIsLocked() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			ResultActions call = api("pmo", "wrong-" + attempt, "10.10.2.1");
			if (attempt <= 5) {
				call.andExpect(status().isUnauthorized());
			}
			else {
				call.andExpect(status().isTooManyRequests())
					.andExpect(header().string("Retry-After", matchesPattern("\\d+")))
					.andExpect(jsonPath("$.status").value(429));
			}
		}
		api("pmo", DemoAccounts.PASSWORD, "10.10.2.1").andExpect(status().isTooManyRequests());
	}

	@Test
	void shouldLockTheFormAndTheApiTogether() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			api("owner.custody", "wrong-" + attempt, "10.10.3.1").andExpect(status().isUnauthorized());
		}
		signIn("owner.custody", DemoAccounts.PASSWORD, "10.10.3.2").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void shouldLockAnAccountThatDoesNotExistJustAsOneThatDoes() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			api("nobody.at.all", "wrong-" + attempt, "10.10.4.1").andExpect(status().isUnauthorized());
		}
		api("nobody.at.all", "wrong", "10.10.4.1").andExpect(status().isTooManyRequests());
	}

	@Test
	void shouldForgetFailuresAfterASuccess() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			api("board", "wrong-" + attempt, "10.10.5.1").andExpect(status().isUnauthorized());
		}
		api("board", DemoAccounts.PASSWORD, "10.10.5.1").andExpect(status().isOk());
		for (int attempt = 1; attempt <= 4; attempt++) {
			api("board", "wrong-" + attempt, "10.10.5.1").andExpect(status().isUnauthorized());
		}
		api("board", DemoAccounts.PASSWORD, "10.10.5.1").andExpect(status().isOk());
	}

	@Test
	void shouldLetAnAdministratorUnlockAnAccount() throws Exception {
		for (int attempt = 1; attempt <= 6; attempt++) {
			api("board", "wrong-" + attempt, "10.10.6.1");
		}
		api("board", DemoAccounts.PASSWORD, "10.10.6.1").andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/admin/users/" + BOARD_ID).with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("Locked after too many failed sign-ins")));

		this.mvc.perform(post("/admin/users/" + BOARD_ID + "/unlock").with(csrf()).with(user(this.accounts.admin())))
			.andExpect(redirectedUrl("/admin/users/" + BOARD_ID));

		signIn("board", DemoAccounts.PASSWORD, "10.10.6.1").andExpect(authenticated().withUsername("board"));
		assertThat(this.events.stream(AuditEvent.class).filter((event) -> event.action().equals("signin.unlocked")))
			.singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("admin"));
	}

	@Test
	void shouldBlockAnAddressThatKeepsFailingWhicheverAccountsItTries() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			api("guess" + attempt, "wrong", "10.10.7.1").andExpect(status().isUnauthorized());
		}
		api("board", DemoAccounts.PASSWORD, "10.10.7.1").andExpect(status().isTooManyRequests());
		signIn("board", DemoAccounts.PASSWORD, "10.10.7.1").andExpect(redirectedUrl("/login?locked"));
		api("board", DemoAccounts.PASSWORD, "10.10.7.2").andExpect(status().isOk());
	}

	@Test
	void shouldLogEverySignInAndRefusalWithoutThePassword(CapturedOutput output) throws Exception {
		signIn("board", "a-secret-guess", "10.10.8.1").andExpect(redirectedUrl("/login?error"));
		signIn("board", DemoAccounts.PASSWORD, "10.10.8.1").andExpect(authenticated());
		this.mvc.perform(get("/admin/users").with(user(this.accounts.board()))).andExpect(status().isForbidden());

		assertThat(output.getOut())
			.contains("event=signin.failure username=\"board\" address=\"10.10.8.1\" reason=\"bad_credentials\"")
			.contains("event=signin.success username=\"board\" address=\"10.10.8.1\"")
			.contains("event=access.denied username=\"board\"")
			.doesNotContain("a-secret-guess")
			.doesNotContain(DemoAccounts.PASSWORD);
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private ResultActions api(String username, String password, String address) throws Exception {
		return this.mvc.perform(get(API).with(httpBasic(username, password)).with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
