package uk.police.mopi.shared.web.cache;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cached pages are correct: a change of the data is seen on the next request, each
 * audience gets its own page, and a browser's copy is confirmed (304) only while the
 * data, the page and the session are the same.
 */
@PortalTest
class PageCacheTest {

	private static final String CUSTODY = "/dashboard/areas/CUS";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void restoreTheAreasName() {
		this.jdbc.update("update business_area set name = 'Custody' where code = 'CUS'");
	}

	@Test
	void shouldShowAChangeOfTheDataOnTheNextRequest() throws Exception {
		this.mvc.perform(get(CUSTODY).with(user(this.accounts.owner())))
			.andExpect(content().string(not(containsString("Custody suites"))));
		this.jdbc.update("update business_area set name = 'Custody suites' where code = 'CUS'");
		this.mvc.perform(get(CUSTODY).with(user(this.accounts.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Custody suites: gaps and progress</h1>")));
		this.mvc.perform(get("/dashboard").with(user(this.accounts.board())))
			.andExpect(content().string(containsString("Custody suites")));
	}

	@Test
	void shouldServeACachedPageAsItWasComposed() throws Exception {
		for (String path : new String[] { "/dashboard", CUSTODY, "/assessments", "/" }) {
			MvcResult composed = this.mvc
				.perform(get(path + "?fresh=" + System.nanoTime()).with(user(this.accounts.owner())))
				.andExpect(status().isOk())
				.andReturn();
			Cookie[] session = composed.getResponse().getCookies();
			String first = this.mvc.perform(get(path).with(user(this.accounts.owner())).cookie(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String cached = this.mvc.perform(get(path).with(user(this.accounts.owner())).cookie(session))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(withoutTokens(cached)).as(path).isEqualTo(withoutTokens(first));
		}
	}

	/** The page without its CSRF token, which is masked anew on every page. */
	private static String withoutTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	@Test
	void shouldComposeEachAudiencesPageForItself() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(this.accounts.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("area=INT&amp;"))));
		this.mvc.perform(get("/dashboard").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("area=INT&amp;")));
		this.mvc.perform(get("/dashboard").with(user(this.accounts.owner())))
			.andExpect(content().string(not(containsString("area=INT&amp;"))))
			.andExpect(content().string(containsString(this.accounts.owner().displayName())));
	}

	@Test
	void shouldConfirmABrowsersCopyOnlyWhileNothingHasChanged() throws Exception {
		MvcResult first = this.mvc.perform(get(CUSTODY).with(user(this.accounts.owner())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		Cookie[] session = first.getResponse().getCookies();
		assertThat(etag).startsWith("W/\"");
		this.mvc.perform(
				get(CUSTODY).with(user(this.accounts.owner())).cookie(session).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get(CUSTODY).with(user(this.accounts.owner())).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
		this.mvc
			.perform(get(CUSTODY + "?show=unplanned").with(user(this.accounts.owner()))
				.cookie(session)
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
		this.jdbc.update("update business_area set name = 'Custody suites' where code = 'CUS'");
		MvcResult changed = this.mvc.perform(
				get(CUSTODY).with(user(this.accounts.owner())).cookie(session).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Custody suites")))
			.andReturn();
		assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void shouldTellTheBrowserToForgetCachedPagesOnSigningOut() throws Exception {
		this.mvc.perform(post("/logout").secure(true).with(user(this.accounts.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Clear-Site-Data", "\"cache\""));
	}

}
