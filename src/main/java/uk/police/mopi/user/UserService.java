package uk.police.mopi.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the people who sign in: creating them, changing their role and areas, resetting
 * passwords. Also looks them up for sign-in.
 */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
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
	 * @throws UsernameTakenException when the username is in use
	 */
	@Transactional
	public UserView create(NewUser user, String by) {
		if (this.users.existsByUsername(user.username())) {
			throw new UsernameTakenException(user.username());
		}
		Set<String> areas = (user.role() == Role.AREA_OWNER) ? user.ownedAreas() : Set.of();
		AppUser created = new AppUser(user.username(), user.displayName(), this.passwordEncoder.encode(user.password()),
				user.role(), areas, this.clock.instant(), by);
		return this.users.saveAndFlush(created).toView();
	}

	/**
	 * Changes a person's name, role, areas and whether they may sign in.
	 * @throws ObjectOptimisticLockingFailureException when someone else changed them
	 * since {@code expectedVersion}
	 */
	@Transactional
	public UserView update(long id, long expectedVersion, UserChange change, String by) {
		AppUser user = load(id, expectedVersion);
		user.update(change.displayName(), change.role(), change.ownedAreas(), change.enabled(), this.clock.instant(),
				by);
		return this.users.saveAndFlush(user).toView();
	}

	@Transactional
	public UserView resetPassword(long id, long expectedVersion, String newPassword, String by) {
		AppUser user = load(id, expectedVersion);
		user.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant(), by);
		return this.users.saveAndFlush(user).toView();
	}

	/** True when some administrator exists. */
	public boolean hasAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	private AppUser load(long id, long expectedVersion) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
		if (user.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
		}
		return user;
	}

}
