package uk.police.mopi.operations;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.police.mopi.shared.DemoData;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Behind a proxy or not: redirects and the API description never carry the request's
 * {@code Host} header, HSTS is sent on secure requests only, every page forbids the
 * browser features the portal never uses, the API description needs a signed-in person,
 * and the metrics need an administrator.
 */
@PortalTest
class DeploymentSettingsTest {

	static final String EVIL = "evil.example";

	@Autowired
	private Accounts accounts;

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldSendSomeoneNotSignedInToARelativeSignInAddressWhateverTheHost() throws Exception {
		MvcResult result = this.mvc.perform(get("/assessments").header("Host", EVIL)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/login");
	}

	@Test
	void shouldNeverNameTheRequestsHostInTheRedirectsOfSigningInAndOut() throws Exception {
		// The session (kept in PostgreSQL) travels in its cookie, as in a browser
		Cookie[] session = this.mvc.perform(get("/projects").header("Host", EVIL))
			.andReturn()
			.getResponse()
			.getCookies();
		MvcResult signedIn = this.mvc
			.perform(post("/login").header("Host", EVIL)
				.cookie(session)
				.param("username", "board")
				.param("password", DemoData.DEMO_PASSWORD)
				.with(csrf()))
			.andReturn();
		assertThat(signedIn.getResponse().getStatus()).isEqualTo(302);
		assertThat(signedIn.getResponse().getHeader("Location")).doesNotContain(EVIL).startsWith("/projects");
		MvcResult signedOut = this.mvc
			.perform(post("/logout").header("Host", EVIL).cookie(signedIn.getResponse().getCookies()).with(csrf()))
			.andReturn();
		assertThat(signedOut.getResponse().getHeader("Location")).isEqualTo("/login?signedOut");
	}

	@Test
	void shouldDescribeTheApiWithARelativeServerWhateverTheHost() throws Exception {
		MvcResult description = this.mvc
			.perform(get("/v3/api-docs").header("Host", EVIL).with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.servers[0].url").value("/"))
			.andReturn();
		assertThat(description.getResponse().getContentAsString()).doesNotContain(EVIL);
	}

	@Test
	void shouldKeepTheApiDescriptionForSignedInPeople() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/swagger-ui.html", "/v3/api-docs/swagger-config" }) {
			MvcResult result = this.mvc.perform(get(path).header("Host", EVIL)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
			assertThat(result.getResponse().getHeader("Location")).as(path).isEqualTo("/login");
		}
	}

	@Test
	void shouldSendHstsOnSecureRequestsOnly() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void shouldForbidCameraMicrophoneAndGeolocationOnEveryPage() throws Exception {
		for (String path : new String[] { "/login", "/assessments" }) {
			this.mvc.perform(get(path).with(user(this.accounts.board())))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
		}
	}

	@Test
	void shouldKeepTheMetricsForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(user(this.accounts.board())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("pmo", DemoData.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DemoData.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/plain")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("jvm_memory_used_bytes")));
	}

}
