package uk.police.mopi.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import uk.police.mopi.assessment.EvidenceFile;
import uk.police.mopi.assessment.EvidenceUpload;

/**
 * Files in and out of evidence: an upload as the service takes it, a download as sent.
 */
final class EvidenceUploads {

	private EvidenceUploads() {
	}

	/** The upload, or null when no file was chosen. */
	static EvidenceUpload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new EvidenceUpload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file as an attachment: never shown in the browser, its type the one detected
	 * from its bytes, its name in RFC 5987 form, and no sniffing of another type.
	 */
	static ResponseEntity<byte[]> download(EvidenceFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(file.bytes());
	}

}
