package uk.police.mopi.assessment;

/**
 * A file attached to evidence, to download.
 *
 * @param name its cleaned file name
 * @param contentType the type detected from its bytes
 * @param size its size in bytes
 * @param sha256 its SHA-256, in lower-case hexadecimal
 * @param bytes its content
 */
public record EvidenceFile(String name, String contentType, long size, String sha256, byte[] bytes) {

}
