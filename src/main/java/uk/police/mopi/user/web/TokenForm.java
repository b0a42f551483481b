package uk.police.mopi.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.police.mopi.user.ApiTokenService;

/** A new personal API token: what it is for and how many days it lasts. */
class TokenForm {

	@NotBlank(message = "{token.name.required}")
	@Size(max = 60, message = "{token.name.size}")
	private String name;

	@NotNull(message = "{token.days.invalid}")
	private Integer days = ApiTokenService.DEFAULT_LIFETIME;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

}
