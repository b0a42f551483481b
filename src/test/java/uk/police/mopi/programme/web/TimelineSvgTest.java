package uk.police.mopi.programme.web;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.programme.TimelineView.Dependency;
import uk.police.mopi.programme.TimelineView.Milestone;
import uk.police.mopi.programme.TimelineView.Project;
import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.ProgrammeCalendar;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineSvgTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final LocalDate TODAY = LocalDate.of(2008, 3, 12);

	private static final LocalDate DEADLINE = LocalDate.of(2010, 12, 31);

	private final TimelineSvg timeline = new TimelineSvg(messages(), calendar());

	/** The Home Office key dates, which set the programme's years on the axis. */
	private static ProgrammeCalendar calendar() {
		Map<KeyDate, LocalDate> dates = new EnumMap<>(KeyDate.class);
		dates.put(KeyDate.CAPABILITY_ASSESSMENT, LocalDate.of(2006, 12, 31));
		dates.put(KeyDate.FAIR_IN_PRIORITY_AREAS, LocalDate.of(2007, 3, 31));
		dates.put(KeyDate.FUNDED_ACTION_PLAN, LocalDate.of(2007, 12, 31));
		dates.put(KeyDate.FULL_COMPLIANCE, DEADLINE);
		ZoneId zone = ZoneId.of("Europe/London");
		return new ProgrammeCalendar(Clock.fixed(TODAY.atStartOfDay(zone).toInstant(), zone), () -> dates);
	}

	private static org.springframework.context.MessageSource messages() {
		org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void shouldDrawOneBarPerProjectWithItsRagInWords() throws Exception {
		Document svg = render(
				view(List.of(project("P01", Rag.RED), project("P02", Rag.AMBER), project("P03", Rag.GREEN))));
		assertThat(withClass(svg, "rect", "portal-timeline__bar")).extracting((bar) -> bar.getAttribute("fill"))
			.containsExactly("#d4351c", "#f47738", "#00703c");
		assertThat(withClass(svg, "text", "portal-timeline__rag")).extracting(Element::getTextContent)
			.containsExactly("Red", "Amber", "Green");
		assertThat(withClass(svg, "text", "portal-timeline__label")).extracting(Element::getTextContent)
			.containsExactly("P01 Project P01", "P02 Project P02", "P03 Project P03");
	}

	@Test
	void shouldDescribeItselfForAssistiveTechnology() throws Exception {
		Document svg = render(view(
				List.of(project("P01", Rag.GREEN, milestone("P01-M1", TODAY)),
						project("P02", Rag.GREEN, milestone("P02-M1", TODAY.plusMonths(6)))),
				List.of(new Dependency("P01-M1", "P02-M1", 0))));
		Element root = svg.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
		assertThat(root.getAttribute("class")).isEqualTo("portal-timeline");
		assertThat(root.getAttribute("viewBox")).startsWith("0 0 960 ");
		assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Programme timeline");
		assertThat(elements(svg, "desc").get(0).getTextContent()).contains("2 projects", "2 milestones", "1 dependency",
				"as at 12 Mar 2008");
	}

	@Test
	void shouldMarkTodayAndTheDeadlineWithLabelledLines() throws Exception {
		Document svg = render(view(List.of(project("P01", Rag.GREEN))));
		Element today = withClass(svg, "g", "portal-timeline__today").get(0);
		Element deadline = withClass(svg, "g", "portal-timeline__deadline").get(0);
		assertThat(today.getElementsByTagNameNS(SVG, "text").item(0).getTextContent()).isEqualTo("Today 12 Mar 2008");
		assertThat(deadline.getElementsByTagNameNS(SVG, "text").item(0).getTextContent())
			.isEqualTo("Deadline 31 Dec 2010");
		double todayX = x(today);
		double deadlineX = x(deadline);
		assertThat(todayX).isBetween(280.0, 904.0).isLessThan(deadlineX);
		assertThat(deadlineX).isBetween(280.0, 904.0);
	}

	@Test
	void shouldLabelEveryFinancialYearOfTheProgramme() throws Exception {
		Document svg = render(view(List.of(project("P01", Rag.GREEN))));
		assertThat(texts(withClass(svg, "g", "portal-timeline__axis").get(0))).containsExactly("2006/07", "2007/08",
				"2008/09", "2009/10", "2010/11");
	}

	@Test
	void shouldWidenTheAxisToTakeInEarlierAndLaterDates() throws Exception {
		Project early = new Project("P01", "Early", null, LocalDate.of(2005, 6, 1), LocalDate.of(2012, 1, 31),
				Rag.GREEN, List.of());
		Document svg = render(view(List.of(early)));
		assertThat(texts(withClass(svg, "g", "portal-timeline__axis").get(0))).startsWith("2005/06", "2006/07")
			.endsWith("2010/11", "2011/12");
	}

	@Test
	void shouldDrawMilestonesByStatusWithTitles() throws Exception {
		Milestone achieved = new Milestone("P01-M1", "Policy agreed", LocalDate.of(2007, 3, 31),
				LocalDate.of(2007, 3, 31), LocalDate.of(2007, 3, 30), MilestoneStatus.ACHIEVED, false);
		Milestone slipped = new Milestone("P01-M2", "Training done", LocalDate.of(2008, 6, 30),
				LocalDate.of(2008, 9, 30), null, MilestoneStatus.PLANNED, true);
		Milestone missed = new Milestone("P01-M3", "Audit", LocalDate.of(2008, 1, 31), LocalDate.of(2008, 1, 31), null,
				MilestoneStatus.MISSED, false);
		Document svg = render(view(List.of(project("P01", Rag.AMBER, achieved, slipped, missed))));
		List<Element> marks = withClass(svg, "g", "portal-timeline__milestone");
		assertThat(marks).hasSize(3);
		assertThat(marks).allSatisfy((mark) -> assertThat(firstChild(mark).getLocalName()).isEqualTo("title"));
		assertThat(firstChild(marks.get(0)).getTextContent()).isEqualTo(
				"P01-M1 Policy agreed: baseline 31 Mar 2007, forecast 31 Mar 2007, actual 30 Mar 2007, achieved");
		assertThat(firstChild(marks.get(1)).getTextContent()).isEqualTo(
				"P01-M2 Training done: baseline 30 Jun 2008, forecast 30 Sept 2008, actual none, planned, at risk");
		assertThat(diamond(marks.get(0)).getAttribute("fill")).isEqualTo("#0b0c0c");
		assertThat(diamond(marks.get(1)).getAttribute("fill")).isEqualTo("#ffffff");
		assertThat(withClass(marks.get(1), "circle", "portal-timeline__baseline")).hasSize(1);
		assertThat(texts(marks.get(1))).containsExactly("!");
		assertThat(marks.get(2).getElementsByTagNameNS(SVG, "line").getLength()).isEqualTo(2);
		assertThat(withClass(marks.get(0), "circle", "portal-timeline__baseline")).isEmpty();
		assertThat(texts(marks.get(0))).isEmpty();
	}

	@Test
	void shouldPutHomeOfficeMilestonesInTheTopRow() throws Exception {
		Milestone homeOffice = new Milestone("HO-2010-FULL", "Full compliance", DEADLINE, DEADLINE, null,
				MilestoneStatus.PLANNED, false);
		Document svg = render(
				new TimelineView(TODAY, DEADLINE, List.of(project("P01", Rag.GREEN)), List.of(homeOffice), List.of()));
		assertThat(texts(svg.getDocumentElement())).contains("Home Office milestones");
		Element diamond = diamond(withClass(svg, "g", "portal-timeline__milestone").get(0));
		Element bar = withClass(svg, "rect", "portal-timeline__bar").get(0);
		double top = Double.parseDouble(diamond.getAttribute("points").split("[ ,]")[1]);
		assertThat(top).isLessThan(Double.parseDouble(bar.getAttribute("y")));
	}

	@Test
	void shouldDrawDependenciesOnlyBetweenKnownMilestones() throws Exception {
		Document svg = render(view(
				List.of(project("P01", Rag.GREEN, milestone("P01-M1", LocalDate.of(2007, 6, 1))),
						project("P02", Rag.GREEN, milestone("P02-M1", LocalDate.of(2008, 6, 1)))),
				List.of(new Dependency("P01-M1", "P02-M1", 0), new Dependency("P01-M1", "P09-M9", 0),
						new Dependency("GHOST", "P02-M1", 0))));
		List<Element> dependencies = withClass(svg, "g", "portal-timeline__dependency");
		assertThat(dependencies).hasSize(1);
		assertThat(firstChild(dependencies.get(0)).getTextContent()).isEqualTo("P01-M1 before P02-M1");
		assertThat(dependencies.get(0).getElementsByTagNameNS(SVG, "line").getLength()).isOne();
		assertThat(dependencies.get(0).getElementsByTagNameNS(SVG, "polygon").getLength()).isOne();
	}

	@Test
	void shouldEscapeEveryTextFromTheData() throws Exception {
		String hostile = "<script>&\"'";
		Project project = new Project("P01", hostile, null, LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1), Rag.RED,
				List.of(new Milestone("P01-<M1>", hostile, TODAY, TODAY, null, MilestoneStatus.PLANNED, false)));
		String markup = this.timeline.render(view(List.of(project)));
		assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;&amp;&quot;&#39;");
		Document svg = parse(markup);
		assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(withClass(svg, "text", "portal-timeline__label").get(0).getTextContent())
			.isEqualTo("P01 " + hostile);
		assertThat(firstChild(withClass(svg, "g", "portal-timeline__milestone").get(0)).getTextContent())
			.startsWith("P01-<M1> " + hostile + ":");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"><svg onload=alert(1)>", "</script><script>alert(1)</script>",
			"O'Brien's \"quoted\" name", "Fish & chips &amp; &lt;b&gt;" })
	void shouldEscapeHostileProjectAndMilestoneNames(String hostile) throws Exception {
		Milestone milestone = new Milestone("P01-M1", hostile, TODAY, TODAY.plusDays(30), null, MilestoneStatus.PLANNED,
				true);
		Milestone homeOffice = new Milestone("HO-2010-FULL", hostile, DEADLINE, DEADLINE, null, MilestoneStatus.PLANNED,
				false);
		Project project = new Project("P01", hostile, null, LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1), Rag.RED,
				List.of(milestone));
		String markup = this.timeline
			.render(new TimelineView(TODAY, DEADLINE, List.of(project), List.of(homeOffice), List.of()));
		assertThat(markup).doesNotContain("<svg onload", "<script", "</script", "\"quoted\"", "O'Brien", "& ")
			.doesNotContain(hostile);
		Document svg = parse(markup);
		assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(elements(svg, "svg")).hasSize(1);
		assertThat(elements(svg, "*")).allSatisfy((element) -> {
			for (int i = 0; i < element.getAttributes().getLength(); i++) {
				assertThat(element.getAttributes().item(i).getLocalName()).doesNotStartWith("on");
			}
		});
		assertThat(withClass(svg, "g", "portal-timeline__project").get(0).getFirstChild().getTextContent())
			.startsWith("P01 " + hostile + ":");
		assertThat(withClass(svg, "g", "portal-timeline__milestone")).extracting((g) -> firstChild(g).getTextContent())
			.containsExactly(
					"HO-2010-FULL " + hostile + ": baseline 31 Dec 2010, forecast 31 Dec 2010, actual none, planned",
					"P01-M1 " + hostile
							+ ": baseline 12 Mar 2008, forecast 11 Apr 2008, actual none, planned, at risk");
	}

	@Test
	void shouldReplaceCharactersThatXmlForbids() throws Exception {
		Document svg = render(view(List.of(new Project("P01", "Bad\u0000name\uD800\u0085", null,
				LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1), Rag.RED, List.of()))));
		assertThat(withClass(svg, "text", "portal-timeline__label").get(0).getTextContent())
			.isEqualTo("P01 Bad\uFFFDname\uFFFD\uFFFD");
	}

	@Test
	void shouldShortenLongProjectNamesWithAnEllipsisAndKeepTheFullNameInTheTitle() throws Exception {
		String name = "Records retention and disposal for custody, case and intelligence";
		Project project = new Project("P01", name, null, LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1), Rag.RED,
				List.of());
		Document svg = render(view(List.of(project)));
		String label = withClass(svg, "text", "portal-timeline__label").get(0).getTextContent();
		assertThat(label).hasSizeLessThanOrEqualTo(40).startsWith("P01 Records retention").endsWith("\u2026");
		Element group = withClass(svg, "g", "portal-timeline__project").get(0);
		assertThat(firstChild(group).getTextContent()).startsWith("P01 " + name + ": 1 Jan 2007 to 1 Jan 2008");
	}

	@Test
	void shouldRenderAnEmptyViewWithItsTitleAndSayThereAreNoProjects() throws Exception {
		Document svg = render(new TimelineView(TODAY, DEADLINE, List.of(), List.of(), List.of()));
		assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Programme timeline");
		assertThat(elements(svg, "desc").get(0).getTextContent()).contains("0 projects");
		assertThat(withClass(svg, "text", "portal-timeline__empty")).extracting(Element::getTextContent)
			.containsExactly("There are no projects to show.");
		assertThat(withClass(svg, "rect", "portal-timeline__bar")).isEmpty();
	}

	@Test
	void shouldKeepToTheContentSecurityPolicyAndReadableFontSizes() throws Exception {
		Document svg = render(largeView());
		List<Element> all = elements(svg, "*");
		assertThat(all).allSatisfy((element) -> {
			assertThat(element.getLocalName()).isNotIn("script", "style", "image", "use", "foreignObject", "a");
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr attribute = (Attr) attributes.item(i);
				assertThat(attribute.getLocalName()).isNotIn("style", "href").doesNotStartWith("on");
				assertThat(attribute.getValue()).doesNotContain("url(");
			}
			if (element.hasAttribute("font-size")) {
				assertThat(Double.parseDouble(element.getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
			}
		});
	}

	@Test
	void shouldBeValidHtmlWhenEmbeddedInAPage() throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add(ex.getMessage());
			}
		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator();
		validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
		validator.setUpValidatorAndParsers(handler, false, false);
		String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Timeline</title></head><body>"
				+ this.timeline.render(largeView()) + "</body></html>";
		validator.checkHtmlInputSource(new InputSource(new StringReader(page)));
		assertThat(errors).isEmpty();
	}

	@Test
	void shouldStayLinearInSizeForFortyProjectsOfFiveMilestones() {
		// Speed is measured by bench/, never asserted here; size is a count and may be.
		int length = this.timeline.render(largeView()).length();
		assertThat(length).isLessThan(40 * 5 * 1000);
	}

	private static TimelineView view(List<Project> projects) {
		return view(projects, List.of());
	}

	private static TimelineView view(List<Project> projects, List<Dependency> dependencies) {
		return new TimelineView(TODAY, DEADLINE, projects, List.of(), dependencies);
	}

	private static Project project(String code, Rag rag, Milestone... milestones) {
		return new Project(code, "Project " + code, null, LocalDate.of(2007, 4, 1), LocalDate.of(2009, 3, 31), rag,
				Arrays.asList(milestones));
	}

	private static Milestone milestone(String code, LocalDate forecast) {
		return new Milestone(code, "Milestone " + code, forecast, forecast, null, MilestoneStatus.PLANNED, false);
	}

	private static TimelineView largeView() {
		Rag[] rags = Rag.values();
		List<Project> projects = IntStream.rangeClosed(1, 40).mapToObj((p) -> {
			String code = String.format("P%02d", p);
			LocalDate start = LocalDate.of(2006, 4, 1).plusMonths(p);
			List<Milestone> milestones = IntStream.rangeClosed(1, 5)
				.mapToObj((m) -> new Milestone(code + "-M" + m, "Milestone " + m, start.plusMonths(m * 4),
						start.plusMonths(m * 4 + m % 2), (m == 1) ? start.plusMonths(4) : null,
						MilestoneStatus.values()[m % 3], m % 2 == 0))
				.toList();
			return new Project(code, "Project with a longer name number " + p, null, start, start.plusMonths(24),
					rags[p % 3], milestones);
		}).toList();
		List<Dependency> dependencies = IntStream.rangeClosed(2, 40)
			.mapToObj((p) -> new Dependency(String.format("P%02d-M5", p - 1), String.format("P%02d-M1", p), 0))
			.toList();
		List<Milestone> homeOffice = List.of(new Milestone("HO-2010-FULL", "Full compliance", DEADLINE, DEADLINE, null,
				MilestoneStatus.PLANNED, false));
		return new TimelineView(TODAY, DEADLINE, projects, homeOffice, dependencies);
	}

	private Document render(TimelineView view) throws Exception {
		return parse(this.timeline.render(view));
	}

	private static Document parse(String markup) throws Exception {
		assertThat(markup).startsWith("<svg ");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
	}

	private static List<Element> elements(Document svg, String localName) {
		return list(svg.getElementsByTagNameNS(SVG, localName));
	}

	private static List<Element> withClass(Document svg, String localName, String cssClass) {
		return withClass(svg.getDocumentElement(), localName, cssClass);
	}

	private static List<Element> withClass(Element parent, String localName, String cssClass) {
		return list(parent.getElementsByTagNameNS(SVG, localName)).stream()
			.filter((element) -> Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass))
			.toList();
	}

	private static List<Element> list(NodeList nodes) {
		return IntStream.range(0, nodes.getLength()).mapToObj((i) -> (Element) nodes.item(i)).toList();
	}

	private static List<String> texts(Element parent) {
		return list(parent.getElementsByTagNameNS(SVG, "text")).stream().map(Element::getTextContent).toList();
	}

	private static Element firstChild(Element parent) {
		return list(parent.getChildNodes()).get(0);
	}

	private static Element diamond(Element milestone) {
		return (Element) milestone.getElementsByTagNameNS(SVG, "polygon").item(0);
	}

	private static double x(Element group) {
		return Double.parseDouble(((Element) group.getElementsByTagNameNS(SVG, "line").item(0)).getAttribute("x1"));
	}

}
