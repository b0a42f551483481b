package uk.police.mopi.returns;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The return's pages: the list with its empty state, a prepared return with its
 * downloads, field errors for bad dates and a missing confirmation, submission with its
 * flash and the frozen page, and who may see what.
 */
@PortalTest
@Transactional
class ReturnsPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Test
	void shouldListNoReturnYetAndOfferTheKeyDatesSoFar() throws Exception {
		this.mvc.perform(get("/returns").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No return has been submitted yet.")))
			.andExpect(content().string(containsString("href=\"/returns/home-office?asAt=2007-03-31\"")))
			.andExpect(content().string(containsString("value=\"2007-12-31\"")));
	}

	@Test
	void shouldShowAFieldErrorForABadOrFutureDate() throws Exception {
		this.mvc.perform(get("/returns/home-office?asAt=2007-02-30").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Home Office returns")))
			.andExpect(content().string(containsString("href=\"#asAt\">Enter a real date")))
			.andExpect(content().string(containsString("id=\"asAt-error\"")));
		this.mvc.perform(get("/returns/home-office?asAt=2099-01-01").with(user(this.accounts.programmeTeam())))
			.andExpect(content().string(containsString("Enter a date on or before today (2008-09-30)")));
		this.mvc
			.perform(get("/returns/home-office/download?asAt=31/03/2007&format=csv")
				.with(user(this.accounts.programmeTeam())))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/returns/home-office?asAt=31%2F03%2F2007"));
		this.mvc
			.perform(post("/returns/home-office").param("asAt", "2099-01-01")
				.with(csrf())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Home Office returns")))
			.andExpect(content().string(containsString("href=\"#asAt\">Enter a date on or before today")));
	}

	@Test
	void shouldPreviewTheReturnWithItsDownloadsAndSubmitOnlyForTheProgrammeTeam() throws Exception {
		this.mvc.perform(get("/returns/home-office?asAt=2007-03-31").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Home Office return as at 31 March 2007")))
			.andExpect(
					content().string(containsString("Fair compliance in the priority business areas by 31 March 2007")))
			.andExpect(content().string(containsString("id=\"count-requirements\">200<")))
			.andExpect(content().string(containsString("format=xlsx")))
			.andExpect(content().string(containsString("id=\"form-submit\"")));
		this.mvc.perform(get("/returns/home-office?asAt=2007-03-31").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"form-submit\""))));
		this.mvc
			.perform(get("/returns/home-office/download?asAt=2007-03-31&format=xlsx").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("home-office-return-ILLUSTRATIVE-00-2007-03-31.xlsx")));
		this.mvc.perform(get("/returns").with(user(this.accounts.owner()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/returns/home-office").param("asAt", "2007-03-31")
				.param("confirm", "true")
				.with(csrf())
				.with(user(this.accounts.board())))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldAskForConfirmationThenSubmitAndShowTheFrozenReturn() throws Exception {
		this.mvc
			.perform(post("/returns/home-office").param("asAt", "2007-03-31")
				.with(csrf())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Home Office return as at 31 March 2007")))
			.andExpect(content().string(containsString("href=\"#confirm\">Confirm that the return is to be sent")));
		MvcResult submitted = this.mvc
			.perform(post("/returns/home-office").param("asAt", "2007-03-31")
				.param("confirm", "true")
				.with(csrf())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(redirectedUrl("/returns/home-office?asAt=2007-03-31"))
			.andReturn();
		this.mvc
			.perform(get("/returns/home-office?asAt=2007-03-31").cookie(submitted.getResponse().getCookies())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(content().string(containsString("The return was submitted and frozen.")))
			.andExpect(content().string(containsString("Submitted on ")))
			.andExpect(content().string(not(containsString("id=\"form-submit\""))));
		this.mvc.perform(get("/returns").with(user(this.accounts.board())))
			.andExpect(content().string(containsString("id=\"submitted-returns\"")))
			.andExpect(content().string(containsString("Priya Morgan")));
		this.mvc
			.perform(post("/returns/home-office").param("asAt", "2007-03-31")
				.param("confirm", "true")
				.with(csrf())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has already been submitted")));
	}

}
