package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.WallClock;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Personal API tokens: created and revoked by their owner (or revoked by an
 * administrator), stored as a SHA-256 hash (a fast hash is enough: a token is 32 random
 * bytes, not a guessable password), shown once. A token acts as its owner with the
 * owner's role and areas as they are at each request; a disabled owner's, an expired or a
 * revoked token does nothing.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	/** How many days a new token may last. */
	public static final Set<Integer> LIFETIMES = Set.of(30, 90, 365);

	/** How long a new token lasts unless its owner chooses otherwise. */
	public static final int DEFAULT_LIFETIME = 90;

	static final String PREFIX = "mopi_";

	private static final int RANDOM_BYTES = 32;

	private static final int SHOWN_CHARACTERS = 12;

	private static final int LONGEST_NAME = 60;

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final WallClock clock;

	private final ApplicationEventPublisher events;

	ApiTokenService(ApiTokenRepository tokens, UserRepository users, WallClock clock,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	/** The person's tokens, newest first. */
	public List<ApiTokenView> tokens(String username) {
		AppUser owner = this.users.findByUsername(username).orElseThrow(() -> new NotFoundException(username));
		Instant now = this.clock.now();
		return this.tokens.findByOwnerIdOrderByCreatedAtDesc(owner.getId())
			.stream()
			.map((token) -> token.toView(owner.getUsername(), now))
			.toList();
	}

	/**
	 * Creates a token for its owner, to last {@code days} days.
	 * @throws InvalidInputException without a name, with a name too long, or with a
	 * lifetime not offered
	 */
	@Transactional
	public NewApiToken create(String username, String name, Integer days) {
		String trimmed = (name != null) ? name.strip() : "";
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (trimmed.isEmpty()) {
			problems.add("name", "token.name.required");
		}
		else if (trimmed.length() > LONGEST_NAME) {
			problems.add("name", "token.name.size");
		}
		if (days == null || !LIFETIMES.contains(days)) {
			problems.add("days", "token.days.invalid");
		}
		problems.throwIfAny();
		AppUser owner = this.users.findByUsername(username).orElseThrow(() -> new NotFoundException(username));
		String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		Instant now = this.clock.now();
		ApiToken token = this.tokens.saveAndFlush(new ApiToken(owner.getId(), trimmed, hash(value),
				value.substring(0, SHOWN_CHARACTERS), now.plus(Duration.ofDays(days)), now, username));
		ApiTokenView view = token.toView(username, now);
		this.events.publishEvent(AuditEvent.of("token.created", "api_token", view.id())
			.after(Map.of("owner", username, "name", trimmed, "prefix", view.prefix(), "expiresAt",
					view.expiresAt().toString())));
		return new NewApiToken(value, view);
	}

	/**
	 * Revokes a token: its owner's, or anyone's for an administrator.
	 * @throws NotFoundException when there is no such token that {@code by} may revoke
	 */
	@Transactional
	public void revoke(long id, PortalUser by) {
		ApiToken token = this.tokens.findById(id)
			.filter((candidate) -> by.is(Role.ADMIN) || candidate.getOwnerId() == by.id())
			.orElseThrow(() -> new NotFoundException("No API token " + id));
		token.revoke(this.clock.now(), by.getUsername());
		this.tokens.saveAndFlush(token);
		this.events.publishEvent(AuditEvent.of("token.revoked", "api_token", id)
			.after(Map.of("ownerId", token.getOwnerId(), "name", token.getName())));
	}

	/**
	 * The person a token acts for, as they are now; empty for a token that does not
	 * exist, has expired or was revoked, or whose owner may not sign in.
	 */
	@Transactional
	public Optional<PortalUser> authenticate(String value) {
		if (value == null || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.now();
		Optional<ApiToken> token = this.tokens.findByTokenHash(hash(value)).filter((found) -> found.isUsable(now));
		Optional<PortalUser> owner = token.flatMap((found) -> this.users.findById(found.getOwnerId()))
			.map(AppUser::toPortalUser)
			.filter(PortalUser::isEnabled);
		if (owner.isPresent() && token.get().lastUsedBefore(now.minus(LAST_USED_PRECISION))) {
			this.tokens.markUsed(token.get().getId(), now);
		}
		return owner;
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[RANDOM_BYTES];
		this.random.nextBytes(bytes);
		return bytes;
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
