package uk.police.mopi.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the database cannot be reached, a page answers 503 with the "service unavailable"
 * page and the API a 503 problem, neither with a stack trace or the failure's text.
 */
@WebSliceTest({ DatabaseUnavailableSliceTest.DownController.class,
		DatabaseUnavailableSliceTest.DownApiController.class })
@org.springframework.context.annotation.Import({ DatabaseUnavailableSliceTest.DownController.class,
		DatabaseUnavailableSliceTest.DownApiController.class })
class DatabaseUnavailableSliceTest {

	static final String SECRET_DETAIL = "Connection to db.internal:5432 refused";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldShowTheServiceUnavailablePageWith503WhenNoConnectionCanBeHad() throws Exception {
		this.mvc.perform(get("/down").with(user(Users.programmeTeam())))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().string(containsString("The service is unavailable. Try again shortly.")))
			.andExpect(content().string(not(containsString(SECRET_DETAIL))))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void shouldAnswerTheApiWithA503ProblemWhenNoTransactionCanBegin() throws Exception {
		this.mvc.perform(get("/api/v1/down").with(user(Users.programmeTeam())))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail").value("The service is unavailable. Try again shortly."))
			.andExpect(content().string(not(containsString(SECRET_DETAIL))));
	}

	@Test
	void shouldAnswer503WhenTheRollbackFailsOnAConnectionThePoolClosed() throws Exception {
		this.mvc.perform(get("/api/v1/down/mid-transaction").with(user(Users.programmeTeam())))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value(503));
	}

	@Controller
	static class DownController {

		@GetMapping("/down")
		@PreAuthorize("isAuthenticated()")
		String down() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new java.sql.SQLTransientConnectionException(SECRET_DETAIL));
		}

	}

	@RestController
	static class DownApiController {

		@GetMapping("/api/v1/down")
		@PreAuthorize("isAuthenticated()")
		String down() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new java.sql.SQLTransientConnectionException(SECRET_DETAIL));
		}

		@GetMapping("/api/v1/down/mid-transaction")
		@PreAuthorize("isAuthenticated()")
		String downMidTransaction() {
			throw new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new java.sql.SQLException("Connection is closed")));
		}

	}

}
