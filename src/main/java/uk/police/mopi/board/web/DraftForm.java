package uk.police.mopi.board.web;

/** A new draft pack for a meeting. */
class DraftForm {

	private String title;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
