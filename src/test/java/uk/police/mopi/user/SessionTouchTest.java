package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in page view writes its session's row at most once a minute (V29), not on
 * every request; the idle timeout still runs from the last write. A new session's
 * requests sent at once all succeed (each stores the session's CSRF token).
 */
@PortalTest
class SessionTouchTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldWriteTheSessionsAccessTimeAtMostOnceAMinute() throws Exception {
		Cookie session = signIn("board");
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		long first = lastAccess(id);

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("within the minute: the row is not written").isEqualTo(first);

		this.jdbc.update("update spring_session set last_access_time = last_access_time - 61000, "
				+ "expiry_time = expiry_time - 61000 where session_id = ?", id);
		long aMinuteAgo = lastAccess(id);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("a minute later: written").isGreaterThan(aMinuteAgo + 60000);
	}

	@Test
	void shouldAnswerEveryOneOfANewSessionsConcurrentRequests() throws Exception {
		Cookie session = signIn("pmo");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				answers.add(pool
					.submit(() -> this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Signs in on the form; the session's cookie. */
	private Cookie signIn(String username) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "mopi-demo-2007"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

}
