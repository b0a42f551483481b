package uk.police.mopi.programme.web;

import uk.police.mopi.programme.Confidence;
import uk.police.mopi.programme.ProjectPage;

/**
 * A project's delivery confidence override: a point of the scale or none (use the rule),
 * why, and the project's version. The service checks the reason.
 */
public class ConfidenceOverrideForm {

	private Confidence confidence;

	private String confidenceReason;

	private long version;

	static ConfidenceOverrideForm of(ProjectPage page) {
		ConfidenceOverrideForm form = new ConfidenceOverrideForm();
		form.version = page.project().version();
		if (page.confidence() != null && page.confidence().overridden()) {
			form.confidence = page.confidence().confidence();
			form.confidenceReason = page.confidence().reason();
		}
		return form;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public String getConfidenceReason() {
		return this.confidenceReason;
	}

	public void setConfidenceReason(String confidenceReason) {
		this.confidenceReason = confidenceReason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
