package uk.police.mopi.shared.web;

/**
 * HTML or SVG written in Java, into one buffer: the only way the portal writes markup
 * outside templates (where a benchmark showed a template too slow). Markup passed to
 * {@link #raw} is the renderer's own constant text; every text from the data or from
 * messages goes through {@link #text}, which escapes it for HTML and XML attributes and
 * content and replaces characters that XML or HTML forbid.
 */
public final class Markup {

	private final StringBuilder out;

	public Markup(int capacity) {
		this.out = new StringBuilder(capacity);
	}

	/** The text escaped, for a renderer that builds its markup some other way. */
	public static String escape(String text) {
		return (text == null) ? "" : new Markup(text.length() + 16).text(text).toString();
	}

	/**
	 * The text that escaped markup stands for (the page cache reads a rendered page's
	 * title back to text, which the layout escapes again).
	 */
	public static String unescape(String markup) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(markup);
	}

	public Markup raw(String markup) {
		this.out.append(markup);
		return this;
	}

	public Markup number(double value) {
		long tenths = Math.round(value * 10);
		if (tenths % 10 == 0) {
			this.out.append(tenths / 10);
		}
		else {
			this.out.append(tenths / 10.0);
		}
		return this;
	}

	public Markup text(String text) {
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

	public Markup title(String text) {
		return raw("<title>").text(text).raw("</title>");
	}

	public Markup line(double x1, double y1, double x2, double y2, String attributes) {
		raw("<line x1=\"").number(x1).raw("\" y1=\"").number(y1).raw("\" x2=\"").number(x2);
		return raw("\" y2=\"").number(y2).raw("\" ").raw(attributes).raw("/>");
	}

	/** A {@code <text>} element; {@code attributes} are the renderer's own. */
	public Markup label(double x, double y, String attributes, String text) {
		raw("<text x=\"").number(x).raw("\" y=\"").number(y).raw("\" ").raw(attributes).raw(">");
		return text(text).raw("</text>");
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
