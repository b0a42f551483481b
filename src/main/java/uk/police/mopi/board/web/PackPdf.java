package uk.police.mopi.board.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.w3c.dom.Document;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders a Thymeleaf template to an accessible PDF with openhtmltopdf: tagged for PDF/UA
 * (structure tree, headings, tables with their headers, text extractable), titled from
 * the page's {@code <title>}, in the language of its {@code <html lang>}, with bookmarks
 * for its h1 and h2 headings, in an embedded font (DejaVu Sans, see
 * {@code fonts/DejaVu-LICENSE.txt}), and inline SVG drawn by Batik. The renderer fetches
 * nothing: every external resource (stylesheet, image, font, SVG reference) is refused
 * and SVG scripts never run, so a PDF shows only what the template writes, and the data
 * it writes is escaped by Thymeleaf ({@code th:text}). The template must give well-formed
 * XHTML.
 */
@Component
public class PackPdf {

	/** The content type of a PDF. */
	public static final String CONTENT_TYPE = "application/pdf";

	/** The print layout of a Board pack. */
	public static final String PACK_TEMPLATE = "board/pack-pdf";

	/** The family name to use in the templates' CSS. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final MessageSource messages;

	private final byte[] regular;

	/** The fonts' metrics, read once for every PDF rather than once per PDF. */
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	private final byte[] bold;

	public PackPdf(ITemplateEngine templates, ApplicationContext application, MessageSource messages) {
		this.templates = templates;
		this.application = application;
		this.messages = messages;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
		// openhtmltopdf logs every render at INFO ("Loading font..."): keep its warnings
		// only
		XRLog.listRegisteredLoggers().forEach((name) -> XRLog.setLevel(name, Level.WARNING));
	}

	/**
	 * Writes a Board pack in its print layout ({@value #PACK_TEMPLATE}: A4, running
	 * header with the title, "Page n of m", a draft banner), its body the packs'
	 * {@code board/pack-body :: body(pack)} fragment.
	 * @param pack what the pack body fragment takes as {@code pack}
	 * @param cover the pack's title and whether it is a draft
	 * @param locale the language of the words and of the document
	 * @param out where the PDF goes, left open
	 */
	public void writePack(Object pack, PackCover cover, Locale locale, OutputStream out) {
		Map<String, Object> model = new HashMap<>();
		model.put("pack", pack);
		model.put("cover", cover);
		write(PACK_TEMPLATE, model, locale, out);
	}

	/**
	 * Renders a template with its model to a PDF.
	 * @param template the template's name, as a controller would return it
	 * @param model the template's variables
	 * @param locale the language of the words and of the document
	 * @param out where the PDF goes, left open
	 */
	public void write(String template, Map<String, ?> model, Locale locale, OutputStream out) {
		HttpServletRequest request = currentRequest();
		Document document = PdfMarkup.parse(this.templates.process(template, context(request, model, locale)));
		PdfMarkup.addBookmarks(document);
		String base = baseUri(request);
		PdfMarkup.absoluteLinks(document, URI.create(base));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
		builder.usePdfUaAccessibility(true);
		builder.withProducer(this.messages.getMessage("packformat.pdf.producer", null, locale));
		EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withW3cDocument(document, base);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A web context in a request (so that {@code @{...}} links work as on the page), a
	 * plain one elsewhere; either can reach beans ({@code ${@displayNames...}}).
	 */
	private AbstractContext context(HttpServletRequest request, Map<String, ?> model, Locale locale) {
		AbstractContext context;
		if (request != null && currentResponse() != null) {
			context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
				.buildExchange(request, currentResponse()), locale);
		}
		else {
			context = new Context(locale);
		}
		context.setVariables(new HashMap<>(model));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		return context;
	}

	/** Where links in the PDF point: the portal that made it. Nothing is fetched. */
	private static String baseUri(HttpServletRequest request) {
		if (request == null) {
			return "http://localhost/";
		}
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getContextPath() + "/";
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private static HttpServletResponse currentResponse() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getResponse() : null;
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
