package uk.police.mopi.user;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator manages people and area owners in the browser. */
@PortalTest
@Transactional
class UserAdministrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private BusinessAreaService areas;

	@Test
	void shouldCreateAnAreaOwnerWhoIsThenListedAgainstTheirArea() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(asAdmin())
				.param("username", "owner.intel")
				.param("displayName", "Ian Tell")
				.param("role", "AREA_OWNER")
				.param("ownedAreas", "INT")
				.param("password", "a-long-enough-password"))
			.andExpect(redirectedUrl("/admin/users"));
		PortalUser created = (PortalUser) this.users.loadUserByUsername("owner.intel");
		assertThat(created.ownedAreas()).containsExactly("INT");
		assertThat(created.getPassword()).startsWith("{bcrypt}");
		assertThat(this.areas.areasWithOwners(new TestingAuthenticationToken(Users.admin(), null)))
			.filteredOn((row) -> row.area().code().equals("INT"))
			.singleElement()
			.satisfies((row) -> assertThat(row.owners()).as("the demo owner of INT and the new one")
				.containsExactly("Ian Tell", "Rajesh Patel"));
	}

	@Test
	void shouldShowFieldErrorsForBadInputAndKeepWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(asAdmin())
				.param("username", "Bad Name!")
				.param("displayName", "<b>Kept</b>")
				.param("role", "AREA_OWNER")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 2 to 60 lower-case letters")))
			.andExpect(content().string(containsString("The password must be at least 12 characters long")))
			.andExpect(content().string(containsString("Choose at least one business area for an area owner")))
			.andExpect(content().string(containsString("value=\"&lt;b&gt;Kept&lt;/b&gt;\"")));
		assertThat(this.users.exists("bad name!")).isFalse();
	}

	@Test
	void shouldRefuseATakenUsernameAnUnknownRoleAndUnknownAreas() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(asAdmin())
				.param("username", "pmo")
				.param("displayName", "Another")
				.param("role", "PROGRAMME_TEAM")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That username is taken")));
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(asAdmin())
				.param("username", "someone")
				.param("displayName", "Someone")
				.param("role", "SUPERUSER")
				.param("ownedAreas", "NOPE")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a role from the list")))
			.andExpect(content().string(containsString("Choose business areas from the list")));
	}

	@Test
	void shouldShowAConflictInsteadOfOverwritingSomeoneElsesChange() throws Exception {
		UserView board = this.users.users()
			.stream()
			.filter((u) -> u.username().equals("board"))
			.findFirst()
			.orElseThrow();
		this.users.update(board.id(), board.version(),
				new UserChange("Renamed by another admin", Role.BOARD, Set.of(), true), "pmo");
		this.mvc
			.perform(post("/admin/users/" + board.id()).with(csrf())
				.with(asAdmin())
				.param("displayName", "My stale change")
				.param("role", "BOARD")
				.param("enabled", "true")
				.param("version", Long.toString(board.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this first")))
			.andExpect(content().string(containsString("Priya Morgan")));
		assertThat(this.users.user(board.id()))
			.hasValueSatisfying((current) -> assertThat(current.displayName()).isEqualTo("Renamed by another admin"));
	}

	@Test
	void shouldNotLetAnAdministratorDemoteThemselves() throws Exception {
		PortalUser admin = (PortalUser) this.users.loadUserByUsername("admin");
		long version = this.users.user(admin.id()).orElseThrow().version();
		this.mvc
			.perform(post("/admin/users/" + admin.id()).with(csrf())
				.with(user(admin))
				.param("displayName", "Admin")
				.param("role", "BOARD")
				.param("enabled", "true")
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot remove your own administrator role")));
		assertThat(this.users.user(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void shouldResetAPasswordSoTheOldOneNoLongerWorks() throws Exception {
		UserView pmo = this.users.users().stream().filter((u) -> u.username().equals("pmo")).findFirst().orElseThrow();
		this.mvc
			.perform(post("/admin/users/" + pmo.id() + "/password").with(csrf())
				.with(asAdmin())
				.param("password", "a-brand-new-password")
				.param("version", Long.toString(pmo.version())))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.loadUserByUsername("pmo").getPassword())
			.isNotEqualTo(this.users.loadUserByUsername("board").getPassword());
	}

	@Test
	void shouldAnswer404ForAnUnknownUser() throws Exception {
		this.mvc.perform(get("/admin/users/999999").with(asAdmin()).accept("text/html"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
		return user(this.users.loadUserByUsername("admin"));
	}

}
