package uk.police.mopi.assessment;

/**
 * A file someone attaches to evidence, as it arrived: the name their computer gave it and
 * its bytes. Neither is trusted: the name is cleaned and the type is read from the bytes.
 *
 * @param originalName the file's name as sent (may be null)
 * @param bytes its content
 */
public record EvidenceUpload(String originalName, byte[] bytes) {

	public EvidenceUpload {
		bytes = (bytes != null) ? bytes : new byte[0];
	}

	/** True when no file was chosen, or the file is empty. */
	public boolean isEmpty() {
		return this.bytes.length == 0;
	}

}
