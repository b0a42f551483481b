package uk.police.mopi.user.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;
import uk.police.mopi.user.ApiTokenService;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.SignInGuard;
import uk.police.mopi.user.UserChange;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * User administration on its own: the forms' field errors, the service's refusals on
 * their fields, Post/Redirect/Get, administrators only, and the 409 page for a stale
 * version.
 */
@WebSliceTest(UserAdminController.class)
class UserAdminSliceTest {

	static final Instant CHANGED_AT = Instant.parse("2008-09-30T09:15:00Z");

	static final UserView BOARD = new UserView(4, "board", "Bernadette Oakes", Role.BOARD, true, Set.of(), 7,
			CHANGED_AT, "pmo");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private UserService users;

	@MockitoBean
	private BusinessAreaService areas;

	/**
	 * The edit page asks these by name whether sign-in is locked and for the API tokens.
	 */
	@MockitoBean(name = "signInGuard")
	private SignInGuard signInGuard;

	@MockitoBean(name = "apiTokenService")
	private ApiTokenService apiTokenService;

	@BeforeEach
	void areas() {
		given(this.areas.areas()).willReturn(List.of(new BusinessAreaView("CUS", "Custody", "Custody records", true),
				new BusinessAreaView("INT", "Intelligence", "Intelligence reports", true)));
		given(this.users.user(4)).willReturn(Optional.of(BOARD));
	}

	@Test
	void shouldShowEveryProblemOfABadNewUserOnItsFieldAndCreateNoOne() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(user(Users.admin()))
				.param("username", "Bad Name!")
				.param("displayName", "")
				.param("role", "AREA_OWNER")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("user/new"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "password", "ownedAreas"))
			.andExpect(content().string(containsString("Choose at least one business area for an area owner")));
		then(this.users).should(org.mockito.Mockito.never()).create(any(), anyString());
	}

	@Test
	void shouldRefuseAreasNotInTheList() throws Exception {
		this.mvc.perform(newUser("someone", Role.AREA_OWNER).param("ownedAreas", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownedAreas", "OwnedAreas"))
			.andExpect(content().string(containsString("Choose business areas from the list")));
	}

	@Test
	void shouldPutTheServicesRefusalOnItsField() throws Exception {
		given(this.users.create(any(), eq("admin")))
			.willThrow(InvalidInputException.of("username", "user.username.taken"));
		this.mvc.perform(newUser("pmo", Role.PROGRAMME_TEAM))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"))
			.andExpect(content().string(containsString("That username is taken")));
	}

	@Test
	void shouldRedirectToTheListAfterAddingSomeone() throws Exception {
		this.mvc.perform(newUser("owner.intel", Role.AREA_OWNER).param("ownedAreas", "INT"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "user.created"));
		then(this.users).should()
			.create(new NewUser("owner.intel", "Ian Tell", "a-long-enough-password", Role.AREA_OWNER, Set.of("INT")),
					"admin");
	}

	@Test
	void shouldShowAGlobalRefusalAboveTheEditForm() throws Exception {
		given(this.users.update(eq(4L), eq(7L), any(), eq("admin")))
			.willThrow(InvalidInputException.of(null, "user.self.demote"));
		this.mvc.perform(change().param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(view().name("user/edit"))
			.andExpect(content().string(containsString("You cannot remove your own administrator role")));
	}

	@Test
	void shouldRefuseEveryoneButAdministrators() throws Exception {
		for (PortalUser someone : List.of(Users.programmeTeam(), Users.board(), Users.owner("CUS"))) {
			this.mvc.perform(get("/admin/users").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/users/4").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(newUser(someone, "intruder", Role.ADMIN)).andExpect(status().isForbidden());
		}
		then(this.users).should(org.mockito.Mockito.never()).create(any(), anyString());
	}

	@Test
	void shouldShowWhoChangedThePersonFirstAndBothVersions() throws Exception {
		given(this.users.update(eq(4L), eq(6L), any(), eq("admin")))
			.willThrow(ConcurrentChangeException.on("subject.user", "board")
				.changedBy("pmo", CHANGED_AT, 7)
				.field("displayName", "user.displayName", "Bernadette Oakes", "My stale change")
				.field("role", "user.role", "role.", Role.BOARD, Role.BOARD)
				.currentPath("/admin/users/4")
				.build());
		this.mvc.perform(change().param("version", "6"))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(containsString("The account board was changed by pmo on 30 September 2008 10:15")))
			.andExpect(content().string(containsString("Bernadette Oakes")))
			.andExpect(content().string(containsString("My stale change")))
			.andExpect(content().string(containsString("name=\"version\" value=\"7\"")));
		then(this.users).should()
			.update(4L, 6L, new UserChange("My stale change", Role.BOARD, Set.of(), true), "admin");
	}

	@Test
	void shouldRedirectAfterANewPasswordAndRefuseAShortOne() throws Exception {
		this.mvc
			.perform(post("/admin/users/4/password").with(csrf())
				.with(user(Users.admin()))
				.param("password", "short")
				.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("passwordForm", "password"));
		then(this.users).should(org.mockito.Mockito.never()).resetPassword(anyLong(), anyLong(), any(), any());
		this.mvc
			.perform(post("/admin/users/4/password").with(csrf())
				.with(user(Users.admin()))
				.param("password", "a-brand-new-password")
				.param("version", "7"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "user.password.reset"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUser(String username,
			Role role) {
		return newUser(Users.admin(), username, role);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUser(PortalUser by,
			String username, Role role) {
		return post("/admin/users/new").with(csrf())
			.with(user(by))
			.param("username", username)
			.param("displayName", "Ian Tell")
			.param("role", role.name())
			.param("password", "a-long-enough-password");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change() {
		return post("/admin/users/4").with(csrf())
			.with(user(Users.admin()))
			.param("displayName", "My stale change")
			.param("role", "BOARD")
			.param("enabled", "true");
	}

}
