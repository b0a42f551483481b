package uk.police.mopi.assessment;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment pages take hostile input with field errors, and every success page
 * renders.
 */
@PortalTest
@Transactional
class CellPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private AssessmentQueries queries;

	@Test
	void shouldAnswerGarbageInTheEditFormWithFieldErrors() throws Exception {
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").with(csrf())
				.with(as("pmo"))
				.param("level", "SUPERB")
				.param("applicable", "false")
				.param("targetLevel", "NOT_MET")
				.param("targetDate", "2010-02-30")
				.param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a level from the list")))
			.andExpect(content().string(containsString("Enter a real date, for example 2010-12-31")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").with(csrf())
				.with(as("pmo"))
				.param("level", "EXCELLENT")
				.param("applicable", "false")
				.param("notApplicableReason", "")
				.param("targetLevel", "NOT_MET")
				.param("targetDate", "2010-12-31")
				.param("rationale", "<script>alert(1)</script>")
				.param("version", Long.toString(version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the requirement does not apply here")))
			.andExpect(content().string(containsString("A target level must be Fair, Good or Excellent")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void shouldShowTheConflictPageWithBothVersionsOnAStaleEdit() throws Exception {
		long stale = version();
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").with(csrf())
				.with(as("pmo"))
				.param("level", "GOOD")
				.param("applicable", "true")
				.param("targetLevel", "GOOD")
				.param("targetDate", "2010-12-31")
				.param("rationale", "first")
				.param("version", Long.toString(stale)))
			.andExpect(redirectedUrl("/assessments/RRD-07/CUS"));
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").with(csrf())
				.with(as("pmo"))
				.param("level", "NOT_MET")
				.param("applicable", "true")
				.param("targetLevel", "GOOD")
				.param("targetDate", "2010-12-31")
				.param("rationale", "my stale change")
				.param("version", Long.toString(stale)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this first")))
			.andExpect(
					content().string(containsString("The assessment of RRD-07 in CUS was changed by Priya Morgan on")))
			.andExpect(content().string(containsString("my stale change")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (stale + 1) + "\"")));
		assertThat(this.queries.assessment(CellKey.of("RRD-07", "CUS")).orElseThrow().level())
			.isEqualTo(ComplianceLevel.GOOD);
	}

	@Test
	void shouldRenderEveryConfirmationAfterAContribution() throws Exception {
		follow(post("/assessments/RRD-07/CUS/evidence").with(csrf())
			.with(as("owner.custody"))
			.param("evidenceTitle", "Review log")
			.param("evidenceReference", "https://intranet.example/reviews"), "Evidence added.");
		follow(post("/assessments/RRD-07/CUS/comments").with(csrf())
			.with(as("owner.custody"))
			.param("comment", "Backlog cleared in August"), "Comment added.");
		follow(post("/assessments/RRD-07/CUS/proposals").with(csrf())
			.with(as("owner.custody"))
			.param("proposedLevel", "GOOD")
			.param("proposalRationale", "Dip sample passed"), "Proposal sent to the programme team.");
		long proposal = this.queries.proposals(CellKey.of("RRD-07", "CUS")).get(0).id();
		follow(post("/assessments/RRD-07/CUS/decisions").with(csrf())
			.with(as("pmo"))
			.param("proposalId", Long.toString(proposal))
			.param("accept", "false")
			.param("decisionReason", "Sample too small")
			.param("version", Long.toString(version())), "Proposal rejected.");
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/proposals").with(csrf())
				.with(as("owner.custody"))
				.param("proposedLevel", "NOT_ASSESSED")
				.param("proposalRationale", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the level you propose")))
			.andExpect(content().string(containsString("Say why: the evidence that the level is met")));
	}

	@Test
	void shouldAnswer404ForUnknownOrMalformedAssessments() throws Exception {
		for (String path : new String[] { "/assessments/XXX-99/CUS", "/assessments/RRD-07/NOPE",
				"/assessments/GOV-01/CUS", "/assessments/RRD-07'--/CUS" }) {
			this.mvc.perform(get(path).with(as("board")).accept("text/html")).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/assessments/RRD-07%3Bdrop/CUS").with(as("board")).accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldReportABadAsAtDateOnTheMatrix() throws Exception {
		this.mvc.perform(get("/assessments?asAt=2007-13-45&level=SUPER").with(as("board")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date, for example 2007-03-31")));
		this.mvc.perform(get("/assessments?asAt=2099-01-01").with(as("board")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future")));
		this.mvc.perform(get("/assessments?asAt=2999-01-01").with(as("board")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date, for example 2007-03-31")));
	}

	private void follow(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String message) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(redirectedUrl("/assessments/RRD-07/CUS")).andReturn();
		// The confirmation waits in the session (kept in PostgreSQL), which travels in
		// its
		// cookie, as in a browser
		this.mvc.perform(get("/assessments/RRD-07/CUS").with(as("pmo")).cookie(result.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
	}

	private long version() {
		return this.queries.assessment(CellKey.of("RRD-07", "CUS")).orElseThrow().version();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
