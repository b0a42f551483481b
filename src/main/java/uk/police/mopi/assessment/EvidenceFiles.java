package uk.police.mopi.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import uk.police.mopi.shared.InvalidInputException;

/**
 * What a file attached to evidence may be: at most {@code mopi.evidence.max-file-size},
 * and a PDF, an Office or OpenDocument document or an image (PNG, JPEG, GIF) as its bytes
 * show. Apache Tika reads the type from the bytes (their magic numbers); the name may
 * only make a type found in the bytes more precise (a ZIP named .docx is a Word
 * document), never replace it, so an executable named "report.pdf" is refused. The
 * browser's Content-Type is never asked.
 */
@Component
class EvidenceFiles {

	static final int MAX_NAME = 255;

	static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "image/png", "image/jpeg", "image/gif");

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	private final EvidenceLimits limits;

	EvidenceFiles(EvidenceLimits limits) {
		this.limits = limits;
	}

	/** A file that passed: its cleaned name, detected type, size and SHA-256. */
	record Checked(String name, String type, long size, String sha256, byte[] bytes) {
	}

	/**
	 * Checks a file, adding any problem to {@code problems} on the field {@code file}.
	 * @return the checked file, or null when it was refused
	 */
	Checked check(EvidenceUpload upload, InvalidInputException.Problems problems) {
		if (upload.bytes().length > this.limits.maxBytes()) {
			problems.add("file", "evidence.file.size", this.limits.maxMegabytes());
			return null;
		}
		String name = cleanName(upload.originalName());
		String type = detect(upload.bytes(), name);
		if (type == null) {
			problems.add("file", "evidence.file.type");
			return null;
		}
		return new Checked(name, type, upload.bytes().length, sha256(upload.bytes()), upload.bytes());
	}

	/**
	 * The allowed type the bytes show, made precise by the name where the bytes allow it;
	 * null when it is not one the portal accepts.
	 */
	String detect(byte[] bytes, String name) {
		MediaType byBytes = mediaType(bytes, null);
		MediaType withName = mediaType(bytes, name);
		MediaTypeRegistry registry = this.types.getMediaTypeRegistry();
		boolean agrees = withName.equals(byBytes) || registry.isSpecializationOf(withName, byBytes);
		boolean fromBytes = !MediaType.OCTET_STREAM.equals(byBytes) && !MediaType.TEXT_PLAIN.equals(byBytes);
		String type = withName.getBaseType().toString();
		return (agrees && fromBytes && ALLOWED.contains(type)) ? type : null;
	}

	private MediaType mediaType(byte[] bytes, String name) {
		Metadata metadata = new Metadata();
		if (name != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		}
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return this.types.detect(in, metadata);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name to keep and offer on download: the last part of what was sent, without
	 * control characters or characters that mean something to a file system or a header.
	 */
	static String cleanName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;%]", "_").strip();
		name = name.replaceAll("^[.\\s]+", "");
		if (name.isEmpty()) {
			name = "evidence";
		}
		return (name.length() > MAX_NAME) ? name.substring(name.length() - MAX_NAME) : name;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
