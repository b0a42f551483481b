package uk.police.mopi.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type of an evidence file comes from its bytes: the name may only make it more
 * precise (a ZIP container named .docx), never supply it.
 */
class EvidenceFilesDetectionTest {

	private final EvidenceFiles files = new EvidenceFiles(new EvidenceLimits(DataSize.ofMegabytes(25)));

	@Test
	void shouldRecogniseTheAcceptedTypesByTheirBytes() throws IOException {
		assertThat(this.files.detect(SampleFiles.pdf("t", "d"), "x.pdf")).isEqualTo("application/pdf");
		assertThat(this.files.detect(SampleFiles.png("CUS"), "x.png")).isEqualTo("image/png");
		assertThat(this.files.detect(SampleFiles.png("CUS"), "no-extension")).isEqualTo("image/png");
		assertThat(this.files.detect(SampleFiles.png("CUS"), "photo.docx")).as("the bytes, not the name")
			.isEqualTo("image/png");
		assertThat(this.files.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0), "x.jpg"))
			.isEqualTo("image/jpeg");
		assertThat(this.files.detect("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "x.gif"))
			.isEqualTo("image/gif");
		assertThat(this.files.detect(zip("[Content_Types].xml", "word/document.xml"), "report.docx"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(this.files.detect(zip("[Content_Types].xml", "xl/workbook.xml"), "figures.xlsx"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] ole2 = new byte[1024];
		System.arraycopy(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 0, ole2, 0, 8);
		assertThat(this.files.detect(ole2, "old.doc")).isEqualTo("application/msword");
	}

	@Test
	void shouldRefuseWhatTheBytesDoNotShowWhateverTheName() throws IOException {
		assertThat(this.files.detect(bytes('M', 'Z', 0x90, 0, 3, 0), "report.pdf")).isNull();
		assertThat(this.files.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				"page.pdf"))
			.isNull();
		assertThat(this.files.detect("plain words".getBytes(StandardCharsets.UTF_8), "notes.docx")).isNull();
		assertThat(this.files.detect(new byte[64], "blank.png")).isNull();
		assertThat(this.files.detect(zip("evil.sh"), "archive.zip")).isNull();
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
