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

	AppUser(String username, String displayName, String passwordHash, Role role, Set<String> ownedAreas, Instant now,
			String by) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
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
		AppUser user = new AppUser(username, displayName, NO_PASSWORD, grant.role(), grant.areas(), now,
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

	void changePassword(String passwordHash, Instant now, String by) {
		this.passwordHash = passwordHash;
		changed(by, now);
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

	PortalUser toPortalUser() {
		return new PortalUser(this.id, this.username, this.displayName, this.passwordHash, this.role,
				this.enabled && !this.accessPending, Set.copyOf(this.ownedAreas));
	}

}
