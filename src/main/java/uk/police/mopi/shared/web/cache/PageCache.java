package uk.police.mopi.shared.web.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * The pages people open most, composed once per change of the data instead of once per
 * request. A cached page keeps its main content (everything inside {@code <main>}) and
 * its title, rendered for one audience (what a person may see: their role and areas) at
 * one data version and one "today"; each request still renders the layout around it for
 * the person signed in. A request first reads the {@link DataVersion} (one row), so a
 * change committed through any instance on the same database is seen at once.
 * <p>
 * Each page also answers with an {@code ETag} made of that version, the page, the
 * audience and the session, so a browser revisiting an unchanged page gets 304 Not
 * Modified.
 * <p>
 * Never cached: a page showing a one-off message (a flash attribute), and a main content
 * holding a form that posts (its CSRF token belongs to one session).
 */
public class PageCache {

	/** The layout around a cached page's main content. */
	static final String CACHED_VIEW = "fragments/cached";

	private final DataVersion version;

	private final ProgrammeCalendar calendar;

	private final ViewResolver views;

	private final Cache<Key, Page> pages;

	private final Cache<Key, Object> readModels;

	/** Pages being composed, for requests of the same page to wait on. */
	private final Map<Key, CompletableFuture<Page>> composing = new ConcurrentHashMap<>();

	public PageCache(DataVersion version, ProgrammeCalendar calendar, ViewResolver views, long maxBytes,
			int maxReadModels) {
		this.version = version;
		this.calendar = calendar;
		this.views = views;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.title().length() + page.main().length)
			.build();
		this.readModels = Caffeine.newBuilder().maximumSize(maxReadModels).build();
	}

	/** A page's title and main content, as rendered (UTF-8). */
	record Page(String title, byte[] main) {
	}

	/** What a page or read model is for: all that its content depends on. */
	record Key(String name, String request, Object audience, long version, LocalDate today, Locale locale) {
	}

	/**
	 * A page: the cached one when nothing has changed since it was rendered for this
	 * audience, or else {@code compose} fills the model and the view is rendered (and
	 * kept). Requests for a page being composed wait for it rather than compose it too,
	 * so the first requests after a change compose each page once. Returns null, having
	 * answered 304, when the browser's copy is current.
	 * @param viewName the page's template, whose {@code <main>} is cached
	 * @param audience all that the page's content depends on about the person (their role
	 * and areas), with equals and hashCode
	 * @param compose fills the model; called only when the page is not cached
	 */
	public View page(String viewName, Object audience, Model model, ServletWebRequest request, Runnable compose) {
		HttpServletRequest servletRequest = request.getRequest();
		Locale locale = LocaleContextHolder.getLocale();
		Key key = new Key(viewName, pathAndQuery(servletRequest), audience, this.version.current(),
				this.calendar.today(), locale);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(servletRequest);
		if (flash != null && !flash.isEmpty()) {
			compose.run();
			return resolve(viewName, locale);
		}
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		}
		if (request.checkNotModified(etag(key, servletRequest))) {
			return null;
		}
		Page page = this.pages.getIfPresent(key);
		boolean composedHere = false;
		if (page == null) {
			CompletableFuture<Page> mine = new CompletableFuture<>();
			CompletableFuture<Page> theirs = this.composing.putIfAbsent(key, mine);
			if (theirs == null) {
				composedHere = true;
				page = composeOnce(key, mine, viewName, locale, model, servletRequest, response, compose);
			}
			else {
				page = theirs.exceptionally((ex) -> null).join();
			}
		}
		if (page != null) {
			return new CachedPageView(resolve(CACHED_VIEW, locale), page);
		}
		if (!composedHere) {
			compose.run();
		}
		return resolve(viewName, locale);
	}

	/**
	 * Composes and renders a page for those waiting on {@code result}: the page kept, or
	 * null when it cannot be kept (then this request's model is filled to render it).
	 */
	private Page composeOnce(Key key, CompletableFuture<Page> result, String viewName, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, Runnable compose) {
		try {
			compose.run();
			Page page = RenderedPage
				.of(CachedPageView.capture(resolve(viewName, locale), model.asMap(), request, response))
				.map((rendered) -> new Page(rendered.title(), rendered.main().getBytes(StandardCharsets.UTF_8)))
				.orElse(null);
			if (page != null) {
				this.pages.put(key, page);
			}
			result.complete(page);
			return page;
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
			throw ex;
		}
		catch (Exception ex) {
			result.completeExceptionally(ex);
			throw new IllegalStateException("Cannot render " + viewName, ex);
		}
		finally {
			this.composing.remove(key, result);
		}
	}

	/**
	 * A read model (for the API): composed once per data version, today and audience.
	 * @param name what it is (unique per kind of read model)
	 * @param key all that it depends on: parameters and audience
	 */
	@SuppressWarnings("unchecked")
	public <T> T readModel(String name, Object key, Supplier<T> compose) {
		Key cacheKey = new Key(name, "", key, this.version.current(), this.calendar.today(), Locale.ROOT);
		return (T) this.readModels.get(cacheKey, (k) -> compose.get());
	}

	/** Forgets every page and read model (the next request of each composes it). */
	public void clear() {
		this.pages.invalidateAll();
		this.readModels.invalidateAll();
	}

	private View resolve(String viewName, Locale locale) {
		try {
			View view = this.views.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("No view " + viewName);
			}
			return view;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot resolve the view " + viewName, ex);
		}
	}

	private static String pathAndQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	/**
	 * The page's version for this session: the data version, the page and its audience,
	 * and the session (the layout carries the session's CSRF token and the person's
	 * name).
	 */
	private static String etag(Key key, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String remoteUser = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "";
		String text = String.join("\n", key.toString(), (session != null) ? session.getId() : "", remoteUser);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
