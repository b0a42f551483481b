package uk.police.mopi.programme;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

/**
 * The names of the people a plan names (sponsors, managers, who changed what), from the
 * {@code user} module's public API: this module never reads its tables.
 */
@Component
class People {

	private final UserService users;

	People(UserService users) {
		this.users = users;
	}

	/** Every person's display name by id and by username, from one query. */
	Names names() {
		Map<Long, String> byId = new HashMap<>();
		Map<String, String> byUsername = new HashMap<>();
		for (UserView user : this.users.users()) {
			byId.put(user.id(), user.displayName());
			byUsername.put(user.username(), user.displayName());
		}
		return new Names(byId, byUsername);
	}

	/** Display names by id and by username. */
	record Names(Map<Long, String> byId, Map<String, String> byUsername) {

		/** The person's name, or null when there is none. */
		String of(Long id) {
			return (id != null) ? this.byId.get(id) : null;
		}

		/** The name of whoever signed in as {@code username}, or the username itself. */
		String ofUsername(String username) {
			return this.byUsername.getOrDefault(username, username);
		}

	}

}
