package uk.police.mopi.programme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An area owner sees the projects touching their areas, and only those, on every page and
 * in the API; the board sees them all. In the demo data P01 touches Custody and P02 does
 * not.
 */
@PortalTest
class ProgrammeVisibilityTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Test
	void shouldShowAnAreaOwnerOnlyTheProjectsTouchingTheirAreas() throws Exception {
		var owner = user(this.users.loadUserByUsername("owner.custody"));
		for (String path : new String[] { "/projects", "/timeline", "/milestones" }) {
			this.mvc.perform(get(path).with(owner))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("P01")))
				.andExpect(content().string(not(containsString("P02-M1"))))
				.andExpect(content().string(not(containsString(">P02<"))));
		}
		this.mvc.perform(get("/api/v1/milestones").with(httpBasic("owner.custody", "mopi-demo-2007")))
			.andExpect(jsonPath("$[*].projectCode", not(hasItem("P02"))))
			.andExpect(jsonPath("$[*].projectCode", hasItem("P01")));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("owner.custody", "mopi-demo-2007")))
			.andExpect(jsonPath("$[*].code", not(hasItem("P02"))));
	}

	@Test
	void shouldShowTheBoardEveryProject() throws Exception {
		this.mvc.perform(get("/timeline").with(user(this.users.loadUserByUsername("board"))))
			.andExpect(content().string(containsString("P02")));
		this.mvc.perform(get("/api/v1/milestones").with(httpBasic("board", "mopi-demo-2007")))
			.andExpect(jsonPath("$[*].projectCode", hasItem("P02")));
	}

}
