package uk.police.mopi.user;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/** Someone who signs in to the portal. */
@Entity
@Table(name = "app_user")
class AppUser extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private String oidcIssuer;

	private String oidcSubject;

	private boolean accessPending;

	private Instant passwordChangedAt;

	private boolean passwordChangeRequired;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "business_area_owner", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "business_area_code")
	private Set<String> ownedAreas = new TreeSet<>();

	/**
	 * The password of someone who signs in through the identity provider: matches none.
	 */
	static final String NO_PASSWORD = "{sso}";

	protected AppUser() {
	}

	/**
	 * A new person. {@code passwordChangeRequired} when someone else chose the password:
	 * the person must choose their own at first sign-in.
	 */
	AppUser(String username, String displayName, String passwordHash, boolean passwordChangeRequired, Role role,
			Set<String> ownedAreas, Instant now, String by) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = stamp(now);
		this.passwordChangeRequired = passwordChangeRequired;
		this.role = role;
		this.enabled = true;
		this.ownedAreas = new TreeSet<>(ownedAreas);
		created(by, now);
	}

	/**
	 * Someone who signs in through the identity provider: found again by issuer and
	 * subject, with no usable password.
	 */
	static AppUser signedOnBy(SingleSignOnIdentity who, String username, String displayName,
			SignInGroupService.Grant grant, Instant now) {
		AppUser user = new AppUser(username, displayName, NO_PASSWORD, false, grant.role(), grant.areas(), now,
				SingleSignOnIdentity.ACTOR);
		user.oidcIssuer = who.issuer();
		user.oidcSubject = who.subject();
		return user;
	}

	/**
	 * Their name, role and areas as the identity provider's groups give them now; changes
	 * the row (and its version) only when something changed.
	 */
	void refresh(String displayName, SignInGroupService.Grant grant, Instant now) {
		Set<String> owned = (grant.role() == Role.AREA_OWNER) ? grant.areas() : Set.of();
		if (!this.accessPending && displayName.equals(this.displayName) && grant.role() == this.role
				&& owned.equals(this.ownedAreas)) {
			return;
		}
		this.accessPending = false;
		update(displayName, grant.role(), owned, this.enabled, now, SingleSignOnIdentity.ACTOR);
	}

	/**
	 * Their groups give no access any more: the account counts as disabled until they do.
	 */
	void suspend(Instant now) {
		if (!this.accessPending) {
			this.accessPending = true;
			changed(SingleSignOnIdentity.ACTOR, now);
		}
	}

	boolean isSingleSignOn() {
		return this.oidcSubject != null;
	}

	void update(String displayName, Role role, Set<String> ownedAreas, boolean enabled, Instant now, String by) {
		this.displayName = displayName;
		this.role = role;
		this.ownedAreas.clear();
		if (role == Role.AREA_OWNER) {
			this.ownedAreas.addAll(ownedAreas);
		}
		this.enabled = enabled;
		changed(by, now);
	}

	/**
	 * A new password: every session signed in with the old one ends.
	 * {@code changeRequired} when someone else chose it.
	 */
	void changePassword(String passwordHash, boolean changeRequired, Instant now, String by) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = stamp(now);
		this.passwordChangeRequired = changeRequired;
		changed(by, now);
	}

	/**
	 * Microseconds, as PostgreSQL keeps it, so the stamp read back is the one written.
	 */
	private static Instant stamp(Instant now) {
		return now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	UserView toView() {
		return new UserView(this.id, this.username, this.displayName, this.role, this.enabled,
				Set.copyOf(this.ownedAreas), getVersion(), getUpdatedAt(), getUpdatedBy());
	}

	/** The person as a session sees them: no password hash. */
	PortalUser toPortalUser() {
		return portalUser(null);
	}

	/** The person about to sign in: with the hash the password is checked against. */
	PortalUser toSigningIn() {
		return portalUser(this.passwordHash);
	}

	private PortalUser portalUser(String hash) {
		return new PortalUser(this.id, this.username, this.displayName, hash, this.role,
				this.enabled && !this.accessPending, Set.copyOf(this.ownedAreas), this.passwordChangedAt,
				this.passwordChangeRequired);
	}

}
