package uk.police.mopi.dashboard.web;

import uk.police.mopi.programme.Confidence;

/**
 * The programme's delivery confidence override: a point of the scale, or none (use the
 * rule), and why. The service checks the reason.
 */
public class ConfidenceForm {

	private Confidence confidence;

	private String reason;

	Confidence confidence() {
		return this.confidence;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
