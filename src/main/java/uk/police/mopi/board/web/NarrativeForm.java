package uk.police.mopi.board.web;

import uk.police.mopi.board.Narrative;

/** A draft pack's narrative, with the version it was read at. */
class NarrativeForm {

	private long version;

	private String summary;

	private String recommendations;

	private String equality;

	private String financial;

	private String background;

	private String contact;

	static NarrativeForm of(Narrative narrative, long version) {
		NarrativeForm form = new NarrativeForm();
		form.version = version;
		form.summary = narrative.summary();
		form.recommendations = narrative.recommendations();
		form.equality = narrative.equality();
		form.financial = narrative.financial();
		form.background = narrative.background();
		form.contact = narrative.contact();
		return form;
	}

	Narrative narrative() {
		return new Narrative(this.summary, this.recommendations, this.equality, this.financial, this.background,
				this.contact);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
	}

	public String getEquality() {
		return this.equality;
	}

	public void setEquality(String equality) {
		this.equality = equality;
	}

	public String getFinancial() {
		return this.financial;
	}

	public void setFinancial(String financial) {
		this.financial = financial;
	}

	public String getBackground() {
		return this.background;
	}

	public void setBackground(String background) {
		this.background = background;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

}
