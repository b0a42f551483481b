package uk.police.mopi.user;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: created on the account page and shown once, stored only as a hash,
 * accepted with {@code Authorization: Bearer} as the owner as they are now, refused once
 * revoked, expired or when the owner may no longer sign in.
 */
@PortalTest
@Transactional
@RecordApplicationEvents
class ApiTokenTest {

	private static final String API = "/api/v1/business-areas";

	@Autowired
	private Accounts accounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	/**
	 * Cleared after a change made behind JPA's back, as a new request would start afresh.
	 */
	@Autowired
	private EntityManager entities;

	@Test
	void shouldServeTheApiToATokenWithoutASession() throws Exception {
		String token = this.tokens.create("board", "report script", 90).value();

		bearer(get(API), token).andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(this.tokens.tokens("board")).singleElement()
			.satisfies((listed) -> assertThat(listed.lastUsedAt()).isNotNull());
	}

	@Test
	void shouldKeepOnlyAHashOfTheTokenAndNeverPublishItsValue() throws Exception {
		NewApiToken created = this.tokens.create("board", "report script", 30);

		String stored = this.jdbc.sql("select token_hash from api_token where id = :id")
			.param("id", created.token().id())
			.query(String.class)
			.single();
		assertThat(created.value()).startsWith("mopi_").hasSize(48);
		assertThat(stored).isEqualTo(ApiTokenService.hash(created.value())).doesNotContain(created.value());
		assertThat(this.events.stream(AuditEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.action()).isEqualTo("token.created");
			assertThat(event.after().toString()).doesNotContain(created.value().substring(12));
		});
	}

	@Test
	void shouldRefuseARevokedTokenWith401ProblemJson() throws Exception {
		NewApiToken created = this.tokens.create("board", "report script", 90);
		this.tokens.revoke(created.token().id(), this.accounts.board());

		bearer(get(API), created.value()).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		assertThat(this.events.stream(AuditEvent.class).map(AuditEvent::action)).contains("token.revoked");
	}

	@Test
	void shouldRefuseAnExpiredToken() throws Exception {
		NewApiToken created = this.tokens.create("board", "report script", 30);
		Instant past = Instant.parse("2020-01-01T00:00:00Z");
		this.jdbc.sql("update api_token set created_at = :created, expires_at = :expires where id = :id")
			.param("created", past.atOffset(ZoneOffset.UTC))
			.param("expires", past.plus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
			.param("id", created.token().id())
			.update();
		this.entities.clear();

		bearer(get(API), created.value()).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldRefuseATokenThatDoesNotExist() throws Exception {
		bearer(get(API), "mopi_" + "A".repeat(43)).andExpect(status().isUnauthorized());
		bearer(get(API), "not-even-a-token").andExpect(status().isUnauthorized());
	}

	@Test
	void shouldActAsTheOwnerIsNowNotAsTheyWereWhenTheTokenWasMade() throws Exception {
		String token = this.tokens.create("board", "report script", 90).value();
		String change = "{\"level\":\"GOOD\",\"rationale\":\"stale\",\"version\":-1}";
		bearer(put("/api/v1/assessments/RRD-07/CUS").contentType("application/json").content(change), token)
			.andExpect(status().isForbidden());

		this.jdbc.sql("update app_user set role = 'PROGRAMME_TEAM' where username = 'board'").update();
		this.entities.clear();
		bearer(put("/api/v1/assessments/RRD-07/CUS").contentType("application/json").content(change), token)
			.andExpect(status().isConflict());

		this.jdbc.sql("update app_user set enabled = false where username = 'board'").update();
		this.entities.clear();
		bearer(get(API), token).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldCreateATokenOnTheAccountPageAndShowItOnce() throws Exception {
		String page = this.mvc
			.perform(post("/account/tokens").with(csrf())
				.with(user(this.accounts.board()))
				.param("name", "Monthly report")
				.param("days", "365"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Copy this token now")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String value = page.replaceAll("(?s).*id=\"token-value\">(mopi_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(value).startsWith("mopi_").hasSize(48);

		this.mvc.perform(get("/account/tokens").with(user(this.accounts.board())))
			.andExpect(content().string(containsString("Monthly report")))
			.andExpect(content().string(not(containsString(value))));
		bearer(get(API), value).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseALifetimeNotOfferedAndANameMissing() throws Exception {
		this.mvc
			.perform(post("/account/tokens").with(csrf())
				.with(user(this.accounts.board()))
				.param("name", "")
				.param("days", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name for the token")));
		assertThat(this.tokens.tokens("board")).isEmpty();
	}

	@Test
	void shouldLetTheOwnerRevokeTheirTokenButNotSomeoneElses() throws Exception {
		long id = this.tokens.create("board", "report script", 90).token().id();

		this.mvc
			.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(this.accounts.programmeTeam())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(this.accounts.board())))
			.andExpect(redirectedUrl("/account/tokens"));
		assertThat(this.tokens.tokens("board")).singleElement()
			.satisfies((listed) -> assertThat(listed.revokedAt()).isNotNull());
	}

	@Test
	void shouldLetAnAdministratorSeeAndRevokeAnyonesTokens() throws Exception {
		long id = this.tokens.create("board", "report script", 90).token().id();
		this.mvc.perform(get("/admin/users/4").with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("report script")));

		this.mvc.perform(post("/admin/users/4/tokens/" + id + "/revoke").with(csrf()).with(user(this.accounts.admin())))
			.andExpect(redirectedUrl("/admin/users/4"));
		assertThat(this.tokens.tokens("board")).singleElement()
			.satisfies((listed) -> assertThat(listed.usable()).isFalse());
	}

	private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token) throws Exception {
		return this.mvc.perform(request.header("Authorization", "Bearer " + token));
	}

}
