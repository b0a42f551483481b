package uk.police.mopi.user;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import uk.police.mopi.shared.WallClock;

/**
 * Signs in with a username and password, on the form and with HTTP Basic on the API. A
 * locked account or blocked address is refused before any bcrypt ({@link SignInGuard}); a
 * password bcrypt accepted lately is not checked again ({@link VerifiedPasswords}); an
 * unknown username costs the same bcrypt as a wrong password, so timing does not tell
 * which accounts exist. The portal's only {@code AuthenticationProvider} bean, so Spring
 * Security builds its authentication manager from it alone.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final UserService users;

	private final PasswordEncoder passwordEncoder;

	private final SignInGuard guard;

	private final WallClock clock;

	private final VerifiedPasswords verified;

	private volatile String unknownUserHash;

	PasswordAuthenticationProvider(UserService users, PasswordEncoder passwordEncoder, SignInGuard guard,
			WallClock clock, SignInPolicy policy) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.guard = guard;
		this.clock = clock;
		this.verified = new VerifiedPasswords(policy.verifiedPasswordLifetime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		SignInGuard.Attempt attempt = this.guard.admit(username, address(authentication));
		UserDetails user = user(username);
		if (!matches(user, password)) {
			this.guard.failed(attempt);
			throw new BadCredentialsException("Bad credentials");
		}
		if (!user.isEnabled()) {
			this.guard.failed(attempt);
			throw new DisabledException("Disabled");
		}
		this.guard.succeeded(attempt);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private UserDetails user(String username) {
		try {
			return this.users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private boolean matches(UserDetails user, String password) {
		if (user == null) {
			this.passwordEncoder.matches(password, unknownUserHash());
			return false;
		}
		String hash = user.getPassword();
		if (this.verified.contains(user.getUsername(), password, hash, this.clock.now())) {
			return true;
		}
		if (!this.passwordEncoder.matches(password, hash)) {
			return false;
		}
		this.verified.add(user.getUsername(), password, hash, this.clock.now());
		return true;
	}

	/**
	 * A hash to check an unknown username's password against, costing what a real one
	 * does.
	 */
	private String unknownUserHash() {
		String hash = this.unknownUserHash;
		if (hash == null) {
			hash = this.passwordEncoder.encode("no such user");
			this.unknownUserHash = hash;
		}
		return hash;
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
