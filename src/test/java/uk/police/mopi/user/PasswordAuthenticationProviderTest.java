package uk.police.mopi.user;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.police.mopi.shared.WallClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The password check is cheap where it can be: a locked account or blocked address costs
 * no bcrypt, a password bcrypt accepted lately is not checked again until the stored hash
 * changes, and an unknown username costs a bcrypt like a known one.
 */
class PasswordAuthenticationProviderTest {

	private final UserService users = mock(UserService.class);

	private final PasswordEncoder encoder = mock(PasswordEncoder.class);

	private final SignInGuard guard = mock(SignInGuard.class);

	private final WallClock clock = mock(WallClock.class);

	private PasswordAuthenticationProvider provider;

	@BeforeEach
	void setUp() {
		given(this.clock.now()).willReturn(Instant.parse("2026-01-01T10:00:00Z"));
		given(this.guard.admit(any(), any())).willReturn(new SignInGuard.Attempt("pmo", null, false));
		this.provider = new PasswordAuthenticationProvider(this.users, this.encoder, this.guard, this.clock,
				new SignInPolicy(null, null, null, null, null, null, null, null));
	}

	@Test
	void shouldRefuseALockedAccountWithoutCheckingItsPassword() {
		given(this.guard.admit(any(), any())).willThrow(new SignInRefusedException(
				Instant.parse("2026-01-01T10:01:00Z"), Instant.parse("2026-01-01T10:00:00Z"), "account_locked"));

		assertThatExceptionOfType(SignInRefusedException.class).isThrownBy(() -> signIn("pmo", "right"))
			.satisfies((refused) -> assertThat(refused.waitSeconds()).isEqualTo(61));
		verify(this.encoder, never()).matches(any(), any());
		verify(this.users, never()).loadUserByUsername(any());
	}

	@Test
	void shouldCheckAPasswordWithBcryptOncePerFewMinutesNotOncePerCall() {
		given(this.users.loadUserByUsername("pmo")).willReturn(person("{bcrypt}first"));
		given(this.encoder.matches("right", "{bcrypt}first")).willReturn(true);

		for (int call = 0; call < 10; call++) {
			assertThat(signIn("pmo", "right").isAuthenticated()).isTrue();
		}
		verify(this.encoder, times(1)).matches("right", "{bcrypt}first");
	}

	@Test
	void shouldCheckAgainOnceTheStoredPasswordChanged() {
		given(this.users.loadUserByUsername("pmo")).willReturn(person("{bcrypt}first"));
		given(this.encoder.matches("right", "{bcrypt}first")).willReturn(true);
		signIn("pmo", "right");

		given(this.users.loadUserByUsername("pmo")).willReturn(person("{bcrypt}second"));
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("pmo", "right"));
		verify(this.encoder).matches("right", "{bcrypt}second");
		verify(this.guard).failed(any());
	}

	@Test
	void shouldCostAnUnknownUsernameABcryptAndCountItsFailure() {
		given(this.users.loadUserByUsername("nobody")).willThrow(new UsernameNotFoundException("none"));
		given(this.encoder.encode(anyString())).willReturn("{bcrypt}dummy");

		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("nobody", "guess"));
		verify(this.encoder).matches("guess", "{bcrypt}dummy");
		verify(this.guard).failed(any());
	}

	private Authentication signIn(String username, String password) {
		return this.provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private static PortalUser person(String hash) {
		return new PortalUser(2, "pmo", "Priya Patel", hash, Role.PROGRAMME_TEAM, true, Set.of(), Instant.EPOCH, false);
	}

}
