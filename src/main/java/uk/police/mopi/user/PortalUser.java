package uk.police.mopi.user;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their role and, for an area owner, the business areas they own.
 * <p>
 * It travels in the HTTP session, which is kept in PostgreSQL, so it carries no password
 * hash there: the hash is only in the copy that signs the person in (it is
 * {@code transient} and erased once the password is checked). What the session keeps
 * instead is {@link #passwordChangedAt()}, the credentials stamp: a session signed in
 * before the password last changed has ended.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 10L;

	private final long id;

	private final String username;

	private final String displayName;

	private transient String passwordHash;

	private final Role role;

	private final boolean enabled;

	private final Set<String> ownedAreas;

	private final Instant passwordChangedAt;

	private final boolean passwordChangeRequired;

	/**
	 * @param id database id
	 * @param username sign-in name
	 * @param displayName full name
	 * @param passwordHash hashed password, for signing in only (null otherwise)
	 * @param role what they may do
	 * @param enabled whether they may sign in
	 * @param ownedAreas codes of the business areas they own
	 * @param passwordChangedAt when the password last changed: the credentials stamp
	 * @param passwordChangeRequired whether they must choose a new password before
	 * anything else (an administrator chose the current one)
	 */
	public PortalUser(long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
			Set<String> ownedAreas, Instant passwordChangedAt, boolean passwordChangeRequired) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = enabled;
		this.ownedAreas = Set.copyOf(ownedAreas);
		this.passwordChangedAt = passwordChangedAt;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	public long id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Set<String> ownedAreas() {
		return this.ownedAreas;
	}

	/** When the password last changed: a session signed in before then has ended. */
	public Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	/** True when the person must choose a new password before anything else. */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Forgets the hash once the password is checked, before the session keeps this. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	/**
	 * The signed-in person behind an authentication, or null for someone not signed in:
	 * what the modules' policy beans start from.
	 */
	public static PortalUser from(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof PortalUser user) ? user : null;
	}

	/** True when this person has this role. */
	public boolean is(Role role) {
		return this.role == role;
	}

	/** True when this person owns the business area with this code. */
	public boolean owns(String areaCode) {
		return this.role == Role.AREA_OWNER && this.ownedAreas.contains(areaCode);
	}

	/**
	 * The business areas this person's view of the programme is limited to: an area owner
	 * sees the projects touching the areas they own; everyone else (null) sees all.
	 */
	public Set<String> programmeScope() {
		return (this.role == Role.AREA_OWNER) ? this.ownedAreas : null;
	}

	/**
	 * What this person may see, and nothing else about them: their role and, for an area
	 * owner, their areas. Two people with the same audience see the same data on every
	 * page, so a page composed for one may be shown to the other (the page cache's key).
	 * Null, the audience of someone not signed in, is never cached.
	 */
	public Audience audience() {
		return new Audience(this.role, (this.role == Role.AREA_OWNER) ? Set.copyOf(this.ownedAreas) : Set.of());
	}

	/** The audience of a person (see {@link #audience()}). */
	public static Audience audienceOf(PortalUser user) {
		return (user != null) ? user.audience() : null;
	}

	/**
	 * A role and the areas it is limited to.
	 *
	 * @param role the role
	 * @param areas an area owner's areas; empty for the other roles
	 */
	public record Audience(Role role, Set<String> areas) {
	}

	/** The same person with the same password: their session may go on. */
	boolean sameCredentials(PortalUser current) {
		return this.id == current.id && Objects.equals(this.passwordChangedAt, current.passwordChangedAt);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PortalUser that) && this.id == that.id && this.username.equals(that.username)
				&& Objects.equals(this.displayName, that.displayName) && this.role == that.role
				&& this.enabled == that.enabled && this.ownedAreas.equals(that.ownedAreas)
				&& Objects.equals(this.passwordChangedAt, that.passwordChangedAt)
				&& this.passwordChangeRequired == that.passwordChangeRequired;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.username, this.role);
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + "]";
	}

}
