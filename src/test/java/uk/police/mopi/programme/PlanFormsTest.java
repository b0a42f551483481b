package uk.police.mopi.programme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan and budget forms answer bad input with field errors beside the fields. */
@PortalTest
@Transactional
class PlanFormsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Test
	void shouldShowFieldErrorsOnTheMilestoneForm() throws Exception {
		this.mvc
			.perform(post("/projects/P01/milestones").with(csrf())
				.with(user(this.users.loadUserByUsername("pmo")))
				.param("milestoneCode", "bad code")
				.param("milestoneTitle", "")
				.param("milestoneBaseline", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"milestoneCode-error\"")))
			.andExpect(content().string(containsString("Use 2 to 20 capital letters, digits and dashes")))
			.andExpect(content().string(containsString("Give a title of at most 200 characters")))
			.andExpect(content().string(containsString("Enter a date")))
			.andExpect(content().string(containsString("govuk-input--error")))
			.andExpect(content().string(containsString("value=\"BAD CODE\"")));
		this.mvc
			.perform(post("/projects/P01/milestones").with(csrf())
				.with(user(this.users.loadUserByUsername("pmo")))
				.param("milestoneCode", "P01-M9")
				.param("milestoneTitle", "Nine")
				.param("milestoneBaseline", "2009-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"milestoneBaseline-error\"")))
			.andExpect(content().string(containsString("Enter a real date")));
	}

	@Test
	void shouldShowFieldErrorsOnTheBudgetLineForm() throws Exception {
		this.mvc
			.perform(post("/budget/lines/1").with(csrf())
				.with(user(this.users.loadUserByUsername("pmo")))
				.param("version", "0")
				.param("allocated", "-5")
				.param("forecast", "10")
				.param("actual", "1.234")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter pounds and pence from 0 to 999,999,999,999.99")))
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc
			.perform(post("/budget/lines/1").with(csrf())
				.with(user(this.users.loadUserByUsername("pmo")))
				.param("version", "0")
				.param("allocated", "abc")
				.param("forecast", "10")
				.param("actual", "0")
				.param("reason", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an amount in pounds, e.g. 4621000.00")));
	}

}
