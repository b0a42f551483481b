package uk.police.mopi;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page, as the role that sees most of it, is valid HTML by the W3C's Nu Html
 * Checker.
 */
@PortalTest
class HtmlValidityTest {

	private static SimpleDocumentValidator validator;

	private static final List<String> errors = new ArrayList<>();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@BeforeAll
	static void setUpValidator() throws Exception {
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}
		};
		validator = new SimpleDocumentValidator();
		validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
		validator.setUpValidatorAndParsers(handler, false, false);
	}

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of(null, "/login"), Arguments.of("pmo", "/"), Arguments.of("owner.custody", "/"),
				Arguments.of("pmo", "/assessments?section=RRD"),
				Arguments.of("board", "/assessments?asAt=2007-03-31&gaps=true"),
				Arguments.of("pmo", "/assessments/RRD-07/CUS"),
				Arguments.of("owner.custody", "/assessments/RRD-07/CUS"),
				Arguments.of("pmo", "/assessments/GOV-01/FORCE"), Arguments.of("pmo", "/assessments/RRD-07/CUS/edit"),
				Arguments.of("pmo", "/assessments/bulk"), Arguments.of("board", "/assessments/compare"),
				Arguments.of("board", "/catalogue"), Arguments.of("board", "/catalogue/requirements/RRD-07"),
				Arguments.of("board", "/business-areas"), Arguments.of("board", "/milestones"),
				Arguments.of("admin", "/admin/users"), Arguments.of("admin", "/admin/users/new"),
				Arguments.of("admin", "/admin/catalogue"), Arguments.of("pmo", "/projects"),
				Arguments.of("pmo", "/projects/PMO"), Arguments.of("pmo", "/projects/new"),
				Arguments.of("pmo", "/projects/P01/edit"), Arguments.of("board", "/projects/unplanned-gaps?area=CUS"),
				Arguments.of("board", "/timeline"), Arguments.of("board", "/milestones?asAt=2007-06-30"),
				Arguments.of("pmo", "/budget"), Arguments.of("pmo", "/budget/lines/1"),
				Arguments.of("pmo", "/budget?year=all"), Arguments.of("pmo", "/budget/lines/new?year=2008/09"),
				Arguments.of("pmo", "/budget/cap?year=2007/08"), Arguments.of("board", "/dashboard"),
				Arguments.of("board", "/dashboard?asAt=2007-03-31"),
				Arguments.of("board", "/dashboard/cells?area=CUS&atLeast=GOOD"),
				Arguments.of("owner.custody", "/dashboard/areas/CUS"),
				Arguments.of("pmo", "/dashboard/cells?pastTarget=true"),
				Arguments.of("board", "/milestones?progress=OVERDUE"),
				Arguments.of("board", "/milestones?asAt=2007-03-31&dueWithin=90"),
				Arguments.of("board", "/projects?rag=RED"),
				Arguments.of("owner.custody", "/dashboard/areas/CUS?show=noEvidence"),
				Arguments.of("pmo", "/delivery/follow-up"), Arguments.of("owner.custody", "/delivery/follow-up"),
				Arguments.of("pmo", "/delivery/confidence"), Arguments.of("board", "/delivery/confidence"),
				// issue 10: accounts, tokens, the audit trail and single sign-on's pages
				Arguments.of("board", "/account/password"), Arguments.of("owner.custody", "/account/sessions"),
				Arguments.of("pmo", "/account/tokens"), Arguments.of("admin", "/admin/audit"),
				Arguments.of("admin", "/admin/sign-in-groups"), Arguments.of("admin", "/admin/users/4"),
				// issue 11, usability: the accessibility statement, long lists in pages,
				// history in words
				Arguments.of(null, "/accessibility"), Arguments.of("board", "/assessments/compare?page=2"),
				Arguments.of("pmo", "/dashboard/cells?notReviewedMonths=6&page=3"),
				Arguments.of("owner.custody", "/assessments/RRD-07/CUS?returnTo=/dashboard/areas/CUS"),
				// issue 11: evidence with a sample file, and the upload form
				Arguments.of("owner.custody", "/assessments/SHR-04/CUS"),
				// issue 11, plan: bulk tracing, the Home Office form, the removal forms
				Arguments.of("pmo", "/plan/trace?unplanned=true&area=CUS"),
				Arguments.of("pmo", "/plan/trace?section=RRD&area=CUS&area=FORCE&level=GOOD"),
				Arguments.of("pmo", "/milestones"), Arguments.of("pmo", "/projects/P01"),
				// issue 12, returns: the list, a prepared return, a bad date
				Arguments.of("board", "/returns"), Arguments.of("pmo", "/returns/home-office?asAt=2007-03-31"),
				Arguments.of("pmo", "/returns/home-office?asAt=2007-02-30"),
				// issue 12, exports: every list's download links
				Arguments.of("board", "/projects/unplanned-gaps"), Arguments.of("owner.custody", "/assessments"),
				// issue 12, packs: packs 1 and 2 published, 3 a draft; frozen lists
				Arguments.of("pmo", "/board/meetings"), Arguments.of("board", "/board/meetings/2"),
				Arguments.of("pmo", "/board/meetings/3"), Arguments.of("board", "/board/packs/1"),
				Arguments.of("board", "/board/packs/2"), Arguments.of("pmo", "/board/packs/3"),
				Arguments.of("pmo", "/board/packs/3/edit"), Arguments.of("pmo", "/board/packs/3/publish"),
				Arguments.of("board", "/board/packs/2/cells?area=CUS&level=atLeastFair"),
				Arguments.of("board", "/board/packs/2/milestones?list=overdue"),
				Arguments.of("admin", "/board/packs/2/projects?rag=GREEN"),
				Arguments.of("board", "/board/packs/2/budget?year=2008/09"),
				// issue 12, decisions: register, empty state, a decision, the form
				Arguments.of("board", "/board/decisions"), Arguments.of("pmo", "/board/decisions?year=1999/00"),
				Arguments.of("board", "/board/decisions/1"), Arguments.of("pmo", "/board/decisions/new"));
	}

	@ParameterizedTest(name = "{1} as {0}")
	@MethodSource("pages")
	void shouldServeValidHtml(String username, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept("text/html");
		if (username != null) {
			request = request.with(user(this.users.loadUserByUsername(username)));
		}
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(html).startsWith("<!DOCTYPE html>");
		errors.clear();
		InputSource source = new InputSource(new StringReader(html));
		source.setSystemId(path);
		validator.checkHtmlInputSource(source);
		assertThat(errors).as(path).isEmpty();
	}

}
