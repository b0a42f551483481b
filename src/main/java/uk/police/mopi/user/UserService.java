package uk.police.mopi.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Manages the people who sign in: creating them, changing their role and areas, resetting
 * passwords. Also looks them up for sign-in.
 */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ProgrammeCalendar calendar;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, ProgrammeCalendar calendar) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.calendar = calendar;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.filter((user) -> !user.isSingleSignOn())
			.map(AppUser::toPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	public List<UserView> users() {
		return this.users.findAllByUsername().stream().map(AppUser::toView).toList();
	}

	public Optional<UserView> user(long id) {
		return this.users.findById(id).map(AppUser::toView);
	}

	public boolean exists(String username) {
		return this.users.existsByUsername(username);
	}

	/**
	 * Creates a person who may sign in.
	 * @throws InvalidInputException when the username is in use
	 */
	@Transactional
	public UserView create(NewUser user, String by) {
		if (this.users.existsByUsername(user.username())) {
			throw InvalidInputException.of("username", "user.username.taken");
		}
		Set<String> areas = (user.role() == Role.AREA_OWNER) ? user.ownedAreas() : Set.of();
		AppUser created = new AppUser(user.username(), user.displayName(), this.passwordEncoder.encode(user.password()),
				user.role(), areas, this.calendar.now(), by);
		return this.users.saveAndFlush(created).toView();
	}

	/**
	 * Changes a person's name, role, areas and whether they may sign in.
	 * @throws ConcurrentChangeException when someone else changed them since
	 * {@code expectedVersion}
	 * @throws InvalidInputException when {@code by} would remove their own administrator
	 * role or disable their own account
	 */
	@Transactional
	public UserView update(long id, long expectedVersion, UserChange change, String by) {
		AppUser user = lock(id);
		if (user.isStale(expectedVersion)) {
			throw conflict(user.toView(), change);
		}
		if (user.getUsername().equals(by) && (change.role() != Role.ADMIN || !change.enabled())) {
			throw InvalidInputException.of(null, "user.self.demote");
		}
		user.update(change.displayName(), change.role(), change.ownedAreas(), change.enabled(), this.calendar.now(),
				by);
		return this.users.saveAndFlush(user).toView();
	}

	/**
	 * Sets a new password.
	 * @throws InvalidInputException for someone who signs in through the identity
	 * provider (they have no password here)
	 * @throws ConcurrentChangeException when someone else changed the person since
	 * {@code expectedVersion}
	 */
	@Transactional
	public UserView resetPassword(long id, long expectedVersion, String newPassword, String by) {
		AppUser user = lock(id);
		if (user.isStale(expectedVersion)) {
			throw conflict(user.toView(), null);
		}
		if (user.isSingleSignOn()) {
			throw InvalidInputException.of("password", "user.password.singleSignOn");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword), this.calendar.now(), by);
		return this.users.saveAndFlush(user).toView();
	}

	/** True when some administrator exists. */
	public boolean hasAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	/**
	 * The person, locked until the change commits, so a version checked stays current.
	 */
	private AppUser lock(long id) {
		return this.users.findForChangeById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	/**
	 * Someone changed the person first: who and when, and their name, role, areas and
	 * sign-in beside the refused change's (none for a new password, which is not shown).
	 */
	private static ConcurrentChangeException conflict(UserView current, UserChange yours) {
		ConcurrentChangeException.Builder conflict = ConcurrentChangeException.on("subject.user", current.username())
			.changedBy(current.updatedBy(), current.updatedAt(), current.version())
			.currentPath("/admin/users/" + current.id());
		if (yours != null) {
			conflict.field("displayName", "user.displayName", current.displayName(), yours.displayName())
				.field("role", "user.role", "role.", current.role(), yours.role())
				.field("ownedAreas", "user.ownedAreas", areas(current.ownedAreas()), areas(yours.ownedAreas()))
				.field("enabled", "user.enabled", "user.enabled.", SignIn.of(current.enabled()),
						SignIn.of(yours.enabled()));
		}
		return conflict.build();
	}

	private static String areas(Set<String> codes) {
		return String.join(", ", new java.util.TreeSet<>(codes));
	}

	/** Whether a person may sign in, in words (messages {@code user.enabled.*}). */
	enum SignIn {

		ALLOWED, REFUSED;

		static SignIn of(boolean enabled) {
			return enabled ? ALLOWED : REFUSED;
		}

	}

}
