package uk.police.mopi.user.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserChange;
import uk.police.mopi.user.UserRules;
import uk.police.mopi.user.UserView;

/**
 * The user form, for a new person ({@link New}) and for a change ({@link Change}).
 */
@OwnedAreas(groups = { UserForm.New.class, UserForm.Change.class })
class UserForm {

	interface New {

	}

	interface Change {

	}

	@NotBlank(groups = New.class, message = "{user.username.required}")
	@Pattern(groups = New.class, regexp = UserRules.USERNAME_PATTERN, message = "{user.username.pattern}")
	private String username;

	@NotBlank(groups = { New.class, Change.class }, message = "{user.displayName.required}")
	@Size(groups = { New.class, Change.class }, max = 120, message = "{user.displayName.size}")
	private String displayName;

	@NotNull(groups = { New.class, Change.class }, message = "{user.role.required}")
	private Role role;

	private Set<String> ownedAreas = new LinkedHashSet<>();

	@NotBlank(groups = New.class, message = "{user.password.required}")
	@Size(groups = New.class, min = UserRules.MIN_PASSWORD_LENGTH, message = "{user.password.size}")
	private String password;

	private boolean enabled = true;

	private long version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.role = user.role();
		form.ownedAreas = new LinkedHashSet<>(user.ownedAreas());
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	NewUser toNewUser() {
		return new NewUser(this.username, this.displayName, this.password, this.role, this.ownedAreas);
	}

	UserChange toChange() {
		return new UserChange(this.displayName, this.role, this.ownedAreas, this.enabled);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : null;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<String> getOwnedAreas() {
		return this.ownedAreas;
	}

	public void setOwnedAreas(Set<String> ownedAreas) {
		this.ownedAreas = (ownedAreas != null) ? ownedAreas : new LinkedHashSet<>();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
