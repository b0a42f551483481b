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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "business_area_owner", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "business_area_code")
	private Set<String> ownedAreas = new TreeSet<>();

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
		return new PortalUser(this.id, this.username, this.displayName, this.passwordHash, this.role, this.enabled,
				Set.copyOf(this.ownedAreas));
	}

}
