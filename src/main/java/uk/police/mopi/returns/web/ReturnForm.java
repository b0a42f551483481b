package uk.police.mopi.returns.web;

/**
 * The date of a return to prepare or submit (yyyy-MM-dd), and on submission the programme
 * team's confirmation that it is to be sent.
 */
class ReturnForm {

	private String asAt;

	private boolean confirm;

	static ReturnForm of(String asAt) {
		ReturnForm form = new ReturnForm();
		form.setAsAt(asAt);
		return form;
	}

	public String getAsAt() {
		return this.asAt;
	}

	public void setAsAt(String asAt) {
		this.asAt = asAt;
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

}
