package uk.police.mopi.assessment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file evidence may carry ({@code mopi.evidence.max-file-size}, 25 MB unless
 * set), for the service that enforces it, the API that answers 413 beyond it and the page
 * that tells people ({@code ${@evidenceLimits.maxMegabytes()}}).
 */
@Component("evidenceLimits")
public class EvidenceLimits {

	private final DataSize maxFileSize;

	EvidenceLimits(@Value("${mopi.evidence.max-file-size:25MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	public long maxBytes() {
		return this.maxFileSize.toBytes();
	}

	public long maxMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
