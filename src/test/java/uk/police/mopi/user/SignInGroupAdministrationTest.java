package uk.police.mopi.user;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator maps the identity provider's groups to roles on a page. */
@PortalTest
@Transactional
class SignInGroupAdministrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private SignInGroupService groups;

	@Autowired
	private SingleSignOnAccounts accounts;

	@Test
	void shouldAddAMappingThatThenGivesItsRoleAndAreaAtSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/sign-in-groups").with(csrf())
				.with(asAdmin())
				.param("groupName", " /owners/custody ")
				.param("role", "AREA_OWNER")
				.param("businessAreaCode", "CUS"))
			.andExpect(redirectedUrl("/admin/sign-in-groups"))
			.andExpect(flash().attribute("success", "signInGroup.added"));

		assertThat(this.groups.groups()).singleElement().satisfies((group) -> {
			assertThat(group.groupName()).isEqualTo("/owners/custody");
			assertThat(group.updatedBy()).isEqualTo("admin");
		});
		assertThat(this.groups.grantFor(List.of("/owners/custody", "other")))
			.hasValue(new SignInGroupService.Grant(Role.AREA_OWNER, Set.of("CUS")));
		this.mvc.perform(get("/admin/sign-in-groups").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/owners/custody")));
	}

	@Test
	void shouldShowFieldErrorsWithTheErrorTitleAndAddNothing() throws Exception {
		this.mvc.perform(post("/admin/sign-in-groups").with(csrf()).with(asAdmin()).param("groupName", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Sign-in groups")))
			.andExpect(content().string(containsString("Enter the group&#39;s name")))
			.andExpect(content().string(containsString("Choose a role")));
		this.mvc
			.perform(post("/admin/sign-in-groups").with(csrf())
				.with(asAdmin())
				.param("groupName", "/owners/custody")
				.param("role", "AREA_OWNER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the business area an area-owner group owns")))
			.andExpect(content().string(containsString("href=\"#businessAreaCode\"")));
		assertThat(this.groups.groups()).isEmpty();
	}

	@Test
	void shouldRefuseTheSameMappingTwiceAndIgnoreAnAreaForOtherRoles() throws Exception {
		this.groups.add(new NewSignInGroup("mopi-board", Role.BOARD, "CUS"), "admin");

		this.mvc
			.perform(post("/admin/sign-in-groups").with(csrf())
				.with(asAdmin())
				.param("groupName", "mopi-board")
				.param("role", "BOARD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That group already gives this role")));
		assertThat(this.groups.groups()).singleElement()
			.satisfies((group) -> assertThat(group.businessAreaCode()).isNull());
	}

	@Test
	void shouldRemoveAMappingSoItGivesNothingAnyMore() throws Exception {
		SignInGroupView board = this.groups.add(new NewSignInGroup("mopi-board", Role.BOARD, null), "admin");

		this.mvc.perform(post("/admin/sign-in-groups/" + board.id() + "/remove").with(csrf()).with(asAdmin()))
			.andExpect(redirectedUrl("/admin/sign-in-groups"))
			.andExpect(flash().attribute("success", "signInGroup.removed"));

		assertThat(this.groups.grantFor(List.of("mopi-board"))).isEmpty();
		this.mvc.perform(get("/admin/sign-in-groups").with(asAdmin()))
			.andExpect(content()
				.string(not(containsString("<td class=\"govuk-table__cell govuk-!-text-break-word\">mopi-board"))));
	}

	@Test
	void shouldGiveTheMostPrivilegedRoleAndNoAreasWhenAnAreaOwnerGroupMeetsAHigherOne() {
		this.groups.add(new NewSignInGroup("/owners/custody", Role.AREA_OWNER, "CUS"), "admin");
		this.groups.add(new NewSignInGroup("mopi-team", Role.PROGRAMME_TEAM, null), "admin");
		this.groups.add(new NewSignInGroup("mopi-board", Role.BOARD, null), "admin");

		assertThat(this.groups.grantFor(List.of("/owners/custody", "mopi-team", "mopi-board")))
			.hasValue(new SignInGroupService.Grant(Role.PROGRAMME_TEAM, Set.of()));
		assertThat(this.groups.grantFor(List.of("/owners/custody", "mopi-board")))
			.hasValue(new SignInGroupService.Grant(Role.AREA_OWNER, Set.of("CUS")));
		assertThat(this.groups.grantFor(List.of("MOPI-BOARD"))).as("group names match exactly").isEmpty();
	}

	@Test
	void shouldGiveAnAccountMadeBySingleSignOnNoPasswordAndRefuseToSetOne() {
		this.groups.add(new NewSignInGroup("mopi-admins", Role.ADMIN, null), "admin");
		PortalUser signedOn = this.accounts
			.signIn(new SingleSignOnIdentity("https://idp.example/force", "admin", "admin", "Ada Min",
					List.of("mopi-admins")))
			.orElseThrow();

		assertThat(signedOn.username()).as("a local account's name is never taken over").startsWith("admin-");
		assertThat(signedOn.role()).isEqualTo(Role.ADMIN);
		assertThatThrownBy(() -> this.users.loadUserByUsername(signedOn.username()))
			.isInstanceOf(UsernameNotFoundException.class);
		long version = this.users.user(signedOn.id()).orElseThrow().version();
		assertThatThrownBy(() -> this.users.resetPassword(signedOn.id(), version, "a-long-enough-password", "admin"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.code()).isEqualTo("user.password.singleSignOn")));
	}

	private RequestPostProcessor asAdmin() {
		return user(this.users.loadUserByUsername("admin"));
	}

}
