package uk.police.mopi.board.web;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.police.mopi.board.PackFigures;

import static org.assertj.core.api.Assertions.assertThat;

class PackPdfTest {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	/**
	 * The renderer with the portal's templates, except the pack body, which is a stand-in
	 * kept out of templates/ so that it never shadows the real one in other tests.
	 */
	static PackPdf renderer() {
		return renderer("pdf-test-templates/");
	}

	/** The renderer with stand-in templates from a folder of the test resources. */
	static PackPdf renderer(String standInFolder) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		ClassLoaderTemplateResolver standIns = resolver(standInFolder);
		standIns.setOrder(1);
		standIns.setCheckExistence(true);
		ClassLoaderTemplateResolver portal = resolver("templates/");
		portal.setOrder(2);
		engine.setTemplateResolvers(Set.of(standIns, portal));
		engine.setTemplateEngineMessageSource(PackWorkbookTest.messages());
		GenericApplicationContext application = new GenericApplicationContext();
		application.refresh();
		return new PackPdf(engine, application, PackWorkbookTest.messages());
	}

	private static ClassLoaderTemplateResolver resolver(String prefix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(prefix);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		return resolver;
	}

	private static PDDocument pack(PackFigures figures, PackCover cover) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer().writePack(figures, cover, Locale.UK, out);
		return Loader.loadPDF(out.toByteArray());
	}

	@Test
	void shouldWriteTheHeadlineAsExtractableText() throws Exception {
		try (PDDocument pdf = pack(PackFiguresFixture.small(), new PackCover("Board pack, 30 September 2008", false))) {
			String text = text(pdf, 1, pdf.getNumberOfPages());
			assertThat(text).contains("Applicable assessments: 10; at least Fair: 7; at least Good: 4; Excellent: 1.")
				.contains("Missing Persons 4 3")
				.contains("Page 1 of " + pdf.getNumberOfPages())
				.contains("2008/09: 250000.50")
				.doesNotContain("DRAFT");
		}
	}

	@Test
	void shouldBeTaggedTitledAndInTheDocumentsLanguage() throws Exception {
		try (PDDocument pdf = pack(PackFiguresFixture.small(), new PackCover("Board pack, 30 September 2008", false))) {
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Board pack, 30 September 2008");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
			assertThat(structureTypes(pdf)).contains("H1", "H2", "Table", "TH", "TD", "Figure");
		}
	}

	@Test
	void shouldBookmarkEveryHeadingUnderItsChapter() throws Exception {
		try (PDDocument pdf = pack(PackFiguresFixture.small(), new PackCover("Board pack", false))) {
			PDOutlineItem top = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertThat(top.getTitle()).isEqualTo("Board pack");
			List<String> chapters = new ArrayList<>();
			top.children().forEach((item) -> chapters.add(item.getTitle()));
			assertThat(chapters).containsExactly("Summary", "Supporting information", "Financial implications");
			assertThat(top.getNextSibling()).isNull();
		}
	}

	@Test
	void shouldEmbedEveryFont() throws Exception {
		try (PDDocument pdf = pack(PackFiguresFixture.small(), new PackCover("Board pack", false))) {
			Set<String> names = new HashSet<>();
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					names.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
				}
			}
			assertThat(names).isNotEmpty().allMatch((name) -> name.startsWith("DejaVuSans"));
		}
	}

	@Test
	void shouldSayDraftOnEveryPageOfADraft() throws Exception {
		try (PDDocument pdf = pack(PackFiguresFixture.forceScale(40, 22, 10, 10), new PackCover("Board pack", true))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				assertThat(text(pdf, page, page)).contains("DRAFT Board pack")
					.contains("Page " + page + " of " + pdf.getNumberOfPages());
			}
			assertThat(new PDFTextStripper().getText(pdf)).contains("Draft: this pack is not published");
		}
	}

	@Test
	void shouldEscapeTheDataItShows() throws Exception {
		String title = "Pack <b>bold</b> & \"quoted\" <script>x()</script>";
		try (PDDocument pdf = pack(PackFiguresFixture.small(), new PackCover(title, false))) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
			assertThat(new PDFTextStripper().getText(pdf)).contains(title);
		}
	}

	@Test
	void shouldFetchNothingFromTheNetworkAndKeepLinksToThePortal() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board-packs/7/pack.pdf");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			renderer().write("board/pdf-external", Map.of("base", base), Locale.UK, out);
			try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
				assertThat(new PDFTextStripper().getText(pdf)).contains("Nothing below may be fetched.");
				List<String> links = new ArrayList<>();
				for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						links.add(uri.getURI());
					}
				}
				assertThat(links).containsExactly("http://localhost:80/board-packs/7");
			}
		}
		finally {
			server.stop(0);
		}
		assertThat(requests).hasValue(0);
	}

	/** The text of some pages in reading order, spaces run together. */
	private static String text(PDDocument pdf, int from, int to) throws java.io.IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf).replaceAll("\\s+", " ");
	}

	private static Set<String> structureTypes(PDDocument pdf) {
		Set<String> types = new HashSet<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
		return types;
	}

	private static void collect(List<Object> kids, Set<String> types) {
		for (Object kid : kids) {
			if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
				types.add(element.getStructureType());
				collect(element.getKids(), types);
			}
		}
	}

}
