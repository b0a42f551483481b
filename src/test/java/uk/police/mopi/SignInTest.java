package uk.police.mopi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.PortalTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@PortalTest
class SignInTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldSignInEachDemoAccountWithItsRole() throws Exception {
		for (DemoAccounts account : DemoAccounts.values()) {
			this.mvc.perform(formLogin().user(account.username()).password(DemoAccounts.PASSWORD))
				.andExpect(authenticated().withUsername(account.username()).withRoles(account.role().name()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void shouldRefuseAWrongPassword() throws Exception {
		this.mvc.perform(formLogin().user("pmo").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void shouldSignOutToTheSignInPage() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?signedOut"));
	}

}
