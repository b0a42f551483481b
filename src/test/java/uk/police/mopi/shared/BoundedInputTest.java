package uk.police.mopi.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input out of bounds is refused before any query, with a message: extreme dates on pages
 * (400) and in the API (422 naming the field), JSON bodies that are too large, malformed
 * or name an unknown field.
 */
@PortalTest
@Transactional
class BoundedInputTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(
			strings = { "0000-01-01", "-999999999-01-01", "+275760-09-13", "275760-09-13", "1999-12-31", "2101-01-01" })
	void shouldRefuseADateOutsideTheBoundsOnAPageAndInTheApi(String date) throws Exception {
		this.mvc.perform(get("/dashboard").param("asAt", date).with(user(this.accounts.board())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/dashboard").param("asAt", date).with(user(this.accounts.board())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("asAt"))
			.andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("input.date.")));
		this.mvc.perform(get("/api/v1/milestones").param("asAt", date).with(user(this.accounts.board())))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void shouldAcceptTheBoundsThemselves() throws Exception {
		this.mvc.perform(get("/api/v1/dashboard").param("asAt", "2000-01-01").with(user(this.accounts.board())))
			.andExpect(status().isOk());
	}

	@Test
	void shouldRefuseAnUnknownFieldNamingIt() throws Exception {
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"GOOD\",\"version\":0,\"rationale\":\"r\",\"colour\":\"red\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.errors[0].code").value("input.json.unknownField"));
	}

	@Test
	void shouldAnswerMalformedJsonWithAReadable400AndNoClassName() throws Exception {
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The body is not valid JSON of the shape this endpoint expects"))
			.andExpect(content().string(not(containsString("jackson"))))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void shouldRefuseABodyLargerThan64Kilobytes() throws Exception {
		this.mvc
			.perform(put("/api/v1/assessments/RRD-07/CUS").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rationale\":\"" + "x".repeat(70_000) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
