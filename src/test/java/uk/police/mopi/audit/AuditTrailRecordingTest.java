package uk.police.mopi.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserChange;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What reaches the trail, on the real database with real commits (the trail is written
 * just before a commit, so these tests do not roll back; each uses people of its own).
 */
@PortalTest
class AuditTrailRecordingTest {

	private static final String FIRST_PASSWORD = "Tangerine-Walrus-Kettle-41";

	private static final String SECOND_PASSWORD = "Quiet-Harbour-Lantern-73";

	@Autowired
	private Accounts accounts;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	private long marker;

	@BeforeEach
	void rememberTheLastRow() {
		this.marker = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	@Test
	void shouldRecordUserChangesWithBeforeAndAfterButNoPasswordOrHash() {
		String username = "audit.secret." + System.nanoTime();
		UserView created = this.users
			.create(new NewUser(username, "Audit Secret", FIRST_PASSWORD, Role.AREA_OWNER, Set.of("CUS")), "admin");
		UserView reset = this.users.resetPassword(created.id(), created.version(), SECOND_PASSWORD, "admin");
		UserView changed = this.users.update(created.id(), reset.version(),
				new UserChange("Audit Secret", Role.BOARD, Set.of(), false), "admin");
		String hash = this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
				created.id());

		List<Map<String, Object>> rows = rowsSince();
		String everything = rows.toString();
		assertThat(everything).doesNotContain(FIRST_PASSWORD, SECOND_PASSWORD, hash, hash.substring(8), "{bcrypt}",
				"$2a$");
		List<Map<String, Object>> mine = rows.stream()
			.filter((row) -> "AppUser".equals(row.get("subject_type"))
					&& String.valueOf(created.id()).equals(row.get("subject_id")))
			.toList();
		assertThat(mine).extracting((row) -> row.get("action"))
			.containsExactly("entity.create", "entity.update", "entity.update");
		assertThat((String) mine.get(0).get("details")).contains("\"username\":\"" + username + "\"")
			.contains("\"passwordHash\":\"[redacted]\"");
		assertThat((String) mine.get(1).get("details")).contains("\"passwordHash\":\"[redacted]\"");
		assertThat((String) mine.get(2).get("details")).contains("\"ownedAreas\":[\"CUS\"]")
			.contains("\"ownedAreas\":[]")
			.contains("\"role\":\"AREA_OWNER\"")
			.contains("\"role\":\"BOARD\"");
		assertThat(changed.enabled()).isFalse();
	}

	@Test
	void shouldRedactSecretKeysOfPublishedEvents() {
		this.events.publishEvent(AuditEvent.of("token.created", "user", "pmo")
			.by("pmo")
			.after(Map.of("apiToken", "tok-abc-123", "clientSecret", "s3cr3t", "label", "laptop", "nested",
					Map.of("PasswordText", "pw-in-a-map"))));
		String everything = rowsSince().toString();
		assertThat(everything).contains("token.created", "laptop", "[redacted]")
			.doesNotContain("tok-abc-123", "s3cr3t", "pw-in-a-map");
	}

	@Test
	void shouldLeaveNoRowForARolledBackWrite() {
		String username = "audit.rollback." + System.nanoTime();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.users.create(new NewUser(username, "Rolled Back", FIRST_PASSWORD, Role.BOARD, Set.of()), "admin");
			this.events.publishEvent(AuditEvent.of("test.rolled-back", "user", username));
			status.setRollbackOnly();
		});
		assertThat(this.users.exists(username)).isFalse();
		assertThat(rowsSince().toString()).doesNotContain(username);
	}

	@Test
	void shouldRecordAFailedSignInWithTheUsernameTriedAndASuccessfulOne() throws Exception {
		String tried = "nobody." + System.nanoTime();
		this.mvc.perform(formLogin("/login").user(tried).password("wrong-password-1"));
		this.mvc.perform(formLogin("/login").user("board").password("mopi-demo-2007"));
		List<Map<String, Object>> rows = rowsSince();
		assertThat(rows).filteredOn((row) -> "signin.failure".equals(row.get("action")))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("actor")).isEqualTo(tried);
				assertThat(row.get("outcome")).isEqualTo("FAILURE");
				assertThat(row.get("address")).isEqualTo("127.0.0.1");
				assertThat((String) row.get("details")).doesNotContain("wrong-password-1");
			});
		assertThat(rows).filteredOn((row) -> "signin.success".equals(row.get("action")))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("actor")).isEqualTo("board"));
	}

	@Test
	void shouldRecordARefusalOfASignedInPersonButNotEachPageRead() throws Exception {
		this.mvc.perform(get("/admin/users").with(user(this.accounts.board()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(user(this.accounts.board()))).andExpect(status().isOk());
		this.mvc.perform(get("/assessments/bulk").with(user(this.accounts.board()))).andExpect(status().isForbidden());
		List<Map<String, Object>> rows = rowsSince();
		assertThat(rows).filteredOn((row) -> "access.denied".equals(row.get("action")))
			.extracting((row) -> row.get("actor") + " " + row.get("subject_id") + " " + row.get("outcome"))
			.as("refused by the filter chain and by @PreAuthorize")
			.contains("board GET /admin/users DENIED", "board GET /assessments/bulk DENIED");
		assertThat(rows).extracting((row) -> row.get("subject_id")).doesNotContain("GET /dashboard");
	}

	private List<Map<String, Object>> rowsSince() {
		return this.jdbc.queryForList("select * from audit_event where id > ? order by id", this.marker);
	}

}
