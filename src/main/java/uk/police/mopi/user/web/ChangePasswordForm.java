package uk.police.mopi.user.web;

import jakarta.validation.constraints.NotBlank;

import uk.police.mopi.user.PasswordChange;

/**
 * A person's change of their own password. Whether the current one is right, the two new
 * ones agree and the new one is strong enough is judged by {@code UserService} (with
 * {@code UserRules}, the one place a password is judged).
 */
class ChangePasswordForm {

	@NotBlank(message = "{account.password.current.required}")
	private String currentPassword;

	@NotBlank(message = "{user.password.required}")
	private String newPassword;

	@NotBlank(message = "{account.password.confirm.required}")
	private String confirmPassword;

	PasswordChange toChange() {
		return new PasswordChange(this.currentPassword, this.newPassword, this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
