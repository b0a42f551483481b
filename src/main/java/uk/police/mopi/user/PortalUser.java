package uk.police.mopi.user;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their role and, for an area owner, the business areas they own.
 *
 * @param id database id
 * @param username sign-in name
 * @param displayName full name
 * @param passwordHash hashed password, never shown
 * @param role what they may do
 * @param enabled whether they may sign in
 * @param ownedAreas codes of the business areas they own
 */
public record PortalUser(long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
		Set<String> ownedAreas) implements UserDetails {

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

	/**
	 * The signed-in person behind an authentication, or null for someone not signed in:
	 * what the modules' policy beans start from.
	 */
	public static PortalUser from(org.springframework.security.core.Authentication authentication) {
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
	public java.util.Set<String> programmeScope() {
		return (this.role == Role.AREA_OWNER) ? this.ownedAreas : null;
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + "]";
	}

}
