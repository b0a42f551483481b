package uk.police.mopi.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	private final AccountSessions sessions;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, ProgrammeCalendar calendar,
			AccountSessions sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.calendar = calendar;
		this.sessions = sessions;
	}

	/** The person about to sign in, with the hash their password is checked against. */
	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.filter((user) -> !user.isSingleSignOn())
			.map(AppUser::toSigningIn)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/**
	 * The person as they are now (role, areas, whether they may sign in, the credentials
	 * stamp), in one statement: what each request of a session reads.
	 */
	public Optional<PortalUser> current(long id) {
		return this.users.findWithAreasById(id).map(AppUser::toPortalUser);
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
	 * Creates a person who may sign in, with a password someone else chose: they must
	 * change it when they first sign in.
	 * @throws InvalidInputException when the username is in use or the password is weak
	 */
	@Transactional
	public UserView create(NewUser user, String by) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (this.users.existsByUsername(user.username())) {
			problems.add("username", "user.username.taken");
		}
		UserRules.checkPassword(problems, "password", user.password(), user.username(), user.displayName());
		problems.throwIfAny();
		return save(user, true, by);
	}

	/**
	 * Creates the demo accounts that do not exist yet. Their published password is
	 * neither checked for strength nor to be changed, so that the demo keeps working, and
	 * it is hashed once for all of them: bcrypt takes about a quarter of a second a hash,
	 * seven seconds of start-up for the demo's 31 accounts.
	 * @return the usernames created
	 */
	@Transactional
	List<String> createDemoAccounts(List<NewUser> accounts) {
		Map<String, String> hashes = new HashMap<>();
		List<String> created = new ArrayList<>();
		for (NewUser account : accounts) {
			if (!this.users.existsByUsername(account.username())) {
				save(account, hashes.computeIfAbsent(account.password(), this.passwordEncoder::encode), false,
						"system");
				created.add(account.username());
			}
		}
		return created;
	}

	private UserView save(NewUser user, boolean passwordChangeRequired, String by) {
		return save(user, this.passwordEncoder.encode(user.password()), passwordChangeRequired, by);
	}

	private UserView save(NewUser user, String passwordHash, boolean passwordChangeRequired, String by) {
		Set<String> areas = (user.role() == Role.AREA_OWNER) ? user.ownedAreas() : Set.of();
		AppUser created = new AppUser(user.username(), user.displayName(), passwordHash, passwordChangeRequired,
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
	 * Sets a new password chosen by an administrator: every session of the person ends
	 * and they must change it when they next sign in.
	 * @throws InvalidInputException for someone who signs in through the identity
	 * provider (they have no password here)
	 * @throws ConcurrentChangeException when someone else changed the person since
	 * {@code expectedVersion}
	 * @throws InvalidInputException when the password is weak
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
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		UserRules.checkPassword(problems, "password", newPassword, user.getUsername(), user.getDisplayName());
		problems.throwIfAny();
		user.changePassword(this.passwordEncoder.encode(newPassword), true, this.calendar.now(), by);
		UserView changed = this.users.saveAndFlush(user).toView();
		this.sessions.endOthers(changed.username(), null, SessionEnd.PASSWORD_CHANGED);
		return changed;
	}

	/**
	 * The person changes their own password: they give the current one and the new one
	 * twice. Their other sessions end; the session they changed it in goes on with the
	 * returned person (the new credentials stamp).
	 * @throws InvalidInputException when the current password is wrong, the two new ones
	 * differ, or the new one is weak or the same as the current one
	 */
	@Transactional
	public PortalUser changeOwnPassword(long id, PasswordChange change, String sessionId) {
		AppUser user = lock(id);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (change.current() == null || !this.passwordEncoder.matches(change.current(), user.getPasswordHash())) {
			throw InvalidInputException.of("currentPassword", "account.password.current.wrong");
		}
		UserRules.checkPassword(problems, "newPassword", change.replacement(), user.getUsername(),
				user.getDisplayName());
		if (problems.isEmpty() && change.replacement().equals(change.current())) {
			problems.add("newPassword", "account.password.same");
		}
		if (change.confirmation() == null || !change.confirmation().equals(change.replacement())) {
			problems.add("confirmPassword", "account.password.confirm.different");
		}
		problems.throwIfAny();
		user.changePassword(this.passwordEncoder.encode(change.replacement()), false, this.calendar.now(),
				user.getUsername());
		PortalUser changed = this.users.saveAndFlush(user).toPortalUser();
		this.sessions.endOthers(changed.username(), sessionId, SessionEnd.PASSWORD_CHANGED);
		return changed;
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
