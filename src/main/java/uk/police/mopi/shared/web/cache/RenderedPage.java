package uk.police.mopi.shared.web.cache;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import uk.police.mopi.shared.web.Markup;

/**
 * What a cached page keeps of a rendered page: its title (without the portal's name,
 * which the layout adds) and its {@code <main>} element, whole.
 */
record RenderedPage(String title, String main) {

	private static final Log logger = LogFactory.getLog(RenderedPage.class);

	/** The layout's separator between a page's title and the portal's name. */
	private static final String TITLE_SEPARATOR = " - ";

	/**
	 * The title and main element of a page, or empty when it cannot be cached: no single
	 * main element, or a form in it that carries a session's CSRF token.
	 */
	static Optional<RenderedPage> of(String html) {
		int titleStart = html.indexOf("<title>");
		int titleEnd = html.indexOf("</title>");
		int mainStart = html.indexOf("<main");
		int mainEnd = html.lastIndexOf("</main>");
		if (titleStart < 0 || titleEnd < titleStart || mainStart < 0 || mainEnd < mainStart
				|| html.indexOf("<main", mainStart + 1) >= 0) {
			logger.warn("A cached page has no title or not exactly one main element; it is not cached");
			return Optional.empty();
		}
		String main = html.substring(mainStart, mainEnd + "</main>".length());
		if (main.contains("name=\"_csrf\"")) {
			logger.warn("A cached page's main content holds a form that posts; it is not cached");
			return Optional.empty();
		}
		String title = Markup.unescape(html.substring(titleStart + "<title>".length(), titleEnd));
		int separator = title.lastIndexOf(TITLE_SEPARATOR);
		return Optional.of(new RenderedPage((separator >= 0) ? title.substring(0, separator) : title, main));
	}

}
