package uk.police.mopi.user;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The rules of changing people: a taken username, an administrator removing their own
 * role, and a change based on a stale version are refused, in the portal's one way.
 */
class UserServiceTest {

	static final Instant CREATED_AT = Instant.parse("2008-09-01T08:00:00Z");

	private final UserRepository repository = mock(UserRepository.class);

	private final UserService users = new UserService(this.repository, NoOpPasswordEncoder.getInstance(),
			new ProgrammeCalendar(
					java.time.Clock.fixed(Instant.parse("2008-09-30T17:00:00Z"), java.time.ZoneId.of("Europe/London")),
					java.util.Map::of),
			mock(AccountSessions.class));

	@Test
	void shouldRefuseATakenUsernameOnItsField() {
		given(this.repository.existsByUsername("pmo")).willReturn(true);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.users
				.create(new NewUser("pmo", "Another", "a-long-enough-password", Role.BOARD, Set.of()), "admin"))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(InputProblem.of("username", "user.username.taken")));
	}

	@Test
	void shouldRefuseAStaleChangeNamingWhoAndWhenWithBothVersions() {
		AppUser board = person(4, "board", Role.BOARD, Set.of());
		assertThatExceptionOfType(ConcurrentChangeException.class)
			.isThrownBy(() -> this.users.update(4, 3,
					new UserChange("My change", Role.AREA_OWNER, Set.of("INT", "CUS"), false), "admin"))
			.satisfies((ex) -> {
				assertThat(ex.subjectCode()).isEqualTo("subject.user");
				assertThat(ex.subjectArgs()).containsExactly("board");
				assertThat(ex.changedBy()).isEqualTo("pmo");
				assertThat(ex.changedAt()).isEqualTo(CREATED_AT);
				assertThat(ex.currentVersion()).isEqualTo(board.getVersion());
				assertThat(ex.currentPath()).isEqualTo("/admin/users/4");
				assertThat(ex.fields()).containsExactly(
						new ConcurrentChangeException.ConflictField("displayName", "user.displayName", "Name of board",
								"My change", null),
						new ConcurrentChangeException.ConflictField("role", "user.role", "BOARD", "AREA_OWNER",
								"role."),
						new ConcurrentChangeException.ConflictField("ownedAreas", "user.ownedAreas", "", "CUS, INT",
								null),
						new ConcurrentChangeException.ConflictField("enabled", "user.enabled", "ALLOWED", "REFUSED",
								"user.enabled."));
			});
		assertThat(board.toView().displayName()).isEqualTo("Name of board");
	}

	@Test
	void shouldRefuseAStalePasswordWithoutShowingIt() {
		person(4, "board", Role.BOARD, Set.of());
		assertThatExceptionOfType(ConcurrentChangeException.class)
			.isThrownBy(() -> this.users.resetPassword(4, 3, "a-brand-new-password", "admin"))
			.satisfies((ex) -> {
				assertThat(ex.changedBy()).isEqualTo("pmo");
				assertThat(ex.fields()).isEmpty();
			});
	}

	@Test
	void shouldNotLetAnAdministratorRemoveTheirOwnRoleOrDisableThemselves() {
		AppUser admin = person(1, "admin", Role.ADMIN, Set.of());
		for (UserChange change : new UserChange[] { new UserChange("Admin", Role.BOARD, Set.of(), true),
				new UserChange("Admin", Role.ADMIN, Set.of(), false) }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.users.update(1, admin.getVersion(), change, "admin"))
				.satisfies(
						(ex) -> assertThat(ex.problems()).containsExactly(InputProblem.of(null, "user.self.demote")));
		}
		assertThat(admin.toView().role()).isEqualTo(Role.ADMIN);
	}

	private AppUser person(long id, String username, Role role, Set<String> areas) {
		AppUser user = new AppUser(username, "Name of " + username, "{noop}x", false, role, areas, CREATED_AT, "pmo");
		ReflectionTestUtils.setField(user, "id", id);
		given(this.repository.findForChangeById(id)).willReturn(Optional.of(user));
		return user;
	}

}
