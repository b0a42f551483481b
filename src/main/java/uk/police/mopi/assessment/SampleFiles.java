package uk.police.mopi.assessment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Small, valid sample files for the demo's evidence, the same bytes on every run: a
 * one-page PDF with a line of text, and a PNG with a pattern drawn from a seed.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page PDF saying {@code title} and {@code date}. */
	static byte[] pdf(String title, String date) {
		String text = "BT /F1 12 Tf 72 760 Td (" + pdfText(title) + ") Tj 0 -20 Td (Recorded " + pdfText(date)
				+ ". Demo evidence for the MoPI compliance portal.) Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A 32 by 32 PNG with a pattern drawn from the seed's characters. */
	static byte[] png(String seed) {
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		int colour = seed.hashCode() & 0xFFFFFF;
		for (int y = 0; y < 32; y++) {
			for (int x = 0; x < 32; x++) {
				image.setRGB(x, y, ((x / 8 + y / 8) % 2 == 0) ? colour : 0xFFFFFF);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pdfText(String text) {
		return text.replaceAll("[^\\x20-\\x7E]", "-").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

}
