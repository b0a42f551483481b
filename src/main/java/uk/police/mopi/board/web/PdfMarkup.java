package uk.police.mopi.board.web;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The rendered page as the PDF renderer reads it: parsed as XHTML with no external entity
 * or DTD ever loaded, then given bookmarks (openhtmltopdf's {@code <bookmarks>} in the
 * head) made from its h1 and h2 headings in order, each h2 under the h1 before it, so
 * that a reader can navigate the PDF by its headings.
 */
final class PdfMarkup {

	private PdfMarkup() {
	}

	/** Parses well-formed XHTML, refusing external entities and DTDs. */
	static Document parse(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("The PDF template does not give well-formed XHTML", ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Adds a bookmark for every h1 and h2 of the body, giving a heading without an id one
	 * ({@code heading-n}).
	 */
	static void addBookmarks(Document document) {
		Element head = first(document.getDocumentElement(), "head");
		if (head == null) {
			return;
		}
		String namespace = document.getDocumentElement().getNamespaceURI();
		Element bookmarks = document.createElementNS(namespace, "bookmarks");
		Element chapter = null;
		int count = 0;
		for (Element heading : headings(document.getDocumentElement(), new ArrayList<>())) {
			if (heading.getAttribute("id").isEmpty()) {
				heading.setAttribute("id", "heading-" + (++count));
			}
			Element bookmark = document.createElementNS(namespace, "bookmark");
			bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
			bookmark.setAttribute("href", "#" + heading.getAttribute("id"));
			if (local(heading).equals("h1") || chapter == null) {
				bookmarks.appendChild(bookmark);
				chapter = local(heading).equals("h1") ? bookmark : chapter;
			}
			else {
				chapter.appendChild(bookmark);
			}
		}
		if (bookmarks.hasChildNodes()) {
			head.appendChild(bookmarks);
		}
	}

	/**
	 * Makes the links to the portal's own pages ({@code href="/..."}) absolute, so that
	 * they open the portal from the PDF.
	 */
	static void absoluteLinks(Document document, URI base) {
		NodeList links = document.getElementsByTagNameNS("*", "a");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			String href = link.getAttribute("href");
			if (href.startsWith("/") && !href.startsWith("//")) {
				link.setAttribute("href", base.resolve(href.substring(1)).toString());
			}
		}
	}

	private static List<Element> headings(Element element, List<Element> found) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				if (local(e).equals("h1") || local(e).equals("h2")) {
					found.add(e);
				}
				else if (!local(e).equals("svg")) {
					headings(e, found);
				}
			}
		}
		return found;
	}

	private static Element first(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && local(e).equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static String local(Element element) {
		return (element.getLocalName() != null) ? element.getLocalName() : element.getNodeName();
	}

}
