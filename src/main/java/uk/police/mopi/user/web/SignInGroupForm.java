package uk.police.mopi.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.police.mopi.user.NewSignInGroup;
import uk.police.mopi.user.Role;

/** A new mapping of an identity provider's group to a role (and area). */
class SignInGroupForm {

	@NotBlank(message = "{signInGroup.groupName.required}")
	@Size(max = 200, message = "{signInGroup.groupName.size}")
	private String groupName;

	@NotNull(message = "{signInGroup.role.required}")
	private Role role;

	private String businessAreaCode;

	NewSignInGroup toNewGroup() {
		return new NewSignInGroup(this.groupName, this.role, this.businessAreaCode);
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = (groupName != null) ? groupName.strip() : null;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getBusinessAreaCode() {
		return this.businessAreaCode;
	}

	public void setBusinessAreaCode(String businessAreaCode) {
		this.businessAreaCode = (businessAreaCode != null && !businessAreaCode.isBlank()) ? businessAreaCode : null;
	}

}
