package uk.police.mopi.user;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.police.mopi.shared.PersonDirectory;

/** Names every person who has an account, by username, in one statement. */
@Component
class UserPersonDirectory implements PersonDirectory {

	private final JdbcClient jdbc;

	UserPersonDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> displayNames() {
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("select username, display_name from app_user").query((rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
	}

}
