package uk.police.mopi.programme.web;

/**
 * SVG text written into one buffer. Markup passed to {@link #raw} is the renderer's own;
 * every text from the data goes through {@link #text}, which escapes it for XML and
 * replaces characters that XML or HTML forbid.
 */
final class SvgMarkup {

	private final StringBuilder out;

	SvgMarkup(int capacity) {
		this.out = new StringBuilder(capacity);
	}

	SvgMarkup raw(String markup) {
		this.out.append(markup);
		return this;
	}

	SvgMarkup number(double value) {
		long tenths = Math.round(value * 10);
		if (tenths % 10 == 0) {
			this.out.append(tenths / 10);
		}
		else {
			this.out.append(tenths / 10.0);
		}
		return this;
	}

	SvgMarkup text(String text) {
		if (text == null) {
			return this;
		}
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			switch (codePoint) {
				case '&' -> this.out.append("&amp;");
				case '<' -> this.out.append("&lt;");
				case '>' -> this.out.append("&gt;");
				case '"' -> this.out.append("&quot;");
				case '\'' -> this.out.append("&#39;");
				default -> this.out.appendCodePoint(allowed(codePoint) ? codePoint : '\uFFFD');
			}
		}
		return this;
	}

	/** XML 1.0 characters, less the controls and noncharacters that HTML forbids. */
	private static boolean allowed(int codePoint) {
		if (codePoint < 0x20) {
			return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
		}
		if (codePoint < 0xA0) {
			return codePoint < 0x7F;
		}
		if (codePoint < 0x10000) {
			return codePoint < 0xD800
					|| (codePoint >= 0xE000 && codePoint <= 0xFFFD && (codePoint < 0xFDD0 || codePoint > 0xFDEF));
		}
		return (codePoint & 0xFFFE) != 0xFFFE;
	}

	SvgMarkup title(String text) {
		return raw("<title>").text(text).raw("</title>");
	}

	SvgMarkup line(double x1, double y1, double x2, double y2, String attributes) {
		raw("<line x1=\"").number(x1).raw("\" y1=\"").number(y1).raw("\" x2=\"").number(x2);
		return raw("\" y2=\"").number(y2).raw("\" ").raw(attributes).raw("/>");
	}

	/** A {@code <text>} element; {@code attributes} are the renderer's own. */
	SvgMarkup label(double x, double y, String attributes, String text) {
		raw("<text x=\"").number(x).raw("\" y=\"").number(y).raw("\" ").raw(attributes).raw(">");
		return text(text).raw("</text>");
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
