package uk.police.mopi.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.police.mopi.user.UserRules;

import uk.police.mopi.user.UserView;

/**
 * A new password set by an administrator. Too short shows with the form's other problems;
 * its length in bytes and its strength are judged by {@code UserService} with
 * {@code UserRules}, the one place a password is judged.
 */
class PasswordForm {

	@NotBlank(message = "{user.password.required}")
	@Size(min = UserRules.MIN_PASSWORD_LENGTH, message = "{user.password.size}")
	private String password;

	private long version;

	static PasswordForm of(UserView user) {
		PasswordForm form = new PasswordForm();
		form.version = user.version();
		return form;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
