package uk.police.mopi.user;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * Sessions that follow the account, for the pages' security chain: the sign-in records
 * where and when ({@link SignInRecorder}, after the session id changes against fixation),
 * and every request reads the account again ({@link SessionFollowsAccount}). Absent from
 * web slices, whose people are made up and have no sessions in a database.
 */
@Component
class AccountSessionSecurity {

	private final SessionFollowsAccount followAccount;

	AccountSessionSecurity(UserService users, AccountSessions sessions,
			@Value("${mopi.session.absolute-timeout:8h}") Duration absoluteTimeout) {
		this.followAccount = new SessionFollowsAccount(users, sessions, absoluteTimeout);
	}

	void applyTo(HttpSecurity http) {
		http.sessionManagement(
				(session) -> session.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
						List.of(new ChangeSessionIdAuthenticationStrategy(), new SignInRecorder()))))
			.addFilterAfter(this.followAccount, SecurityContextHolderFilter.class);
	}

}
