package uk.police.mopi.assessment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentPage;
import uk.police.mopi.assessment.AssessmentPages;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assessment's pages without a database: field errors on bad input, Post/Redirect/Get
 * after a good one, 403 for those the policy refuses, and the 409 page on a stale
 * version.
 */
@WebSliceTest({ CellController.class, CellContributionController.class })
class CellPagesSliceTest {

	private static final CellKey KEY = CellKey.of("RRD-07", "CUS");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AssessmentPages pages;

	@MockitoBean
	private AssessmentService service;

	@Test
	void shouldShowFieldErrorsForInputThatCannotBeReadAndApplyNothing() throws Exception {
		given(this.pages.form(KEY)).willReturn(page(7));
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").param("level", "SUPERB")
				.param("targetDate", "2010-02-30")
				.param("version", "7")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Choose a level from the list")))
			.andExpect(content().string(containsString("Enter a real date, for example 2010-12-31")));
		then(this.service).should(never()).update(any(), anyLong(), any(), any());
	}

	@Test
	void shouldShowTheServicesRefusalOnItsField() throws Exception {
		given(this.pages.form(KEY)).willReturn(page(7));
		given(this.service.update(eq(KEY), eq(7L), any(AssessmentChange.class), any()))
			.willThrow(InvalidInputException.of("rationale", "assessment.rationale.required"));
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").param("level", "GOOD")
				.param("applicable", "true")
				.param("version", "7")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-form-group--error")))
			.andExpect(content().string(
					containsString("Give a rationale: it is required whenever the level or applicability changes")));
	}

	@Test
	void shouldRedirectToTheAssessmentAfterAGoodChange() throws Exception {
		given(this.service.update(eq(KEY), eq(7L), any(AssessmentChange.class), any())).willReturn(view(8));
		this.mvc.perform(goodEdit().with(csrf()).with(user(Users.programmeTeam())))
			.andExpect(redirectedUrl("/assessments/RRD-07/CUS"))
			.andExpect(flash().attribute("success", "assessment.saved"));
		then(this.service).should()
			.update(eq(KEY), eq(7L),
					eq(new AssessmentChange(ComplianceLevel.GOOD, true, null, true, null, null, "Dip sample passed")),
					any());
	}

	@Test
	void shouldReturnToWhereThePersonCameFromAfterAChange() throws Exception {
		given(this.service.update(eq(KEY), eq(7L), any(AssessmentChange.class), any())).willReturn(view(8));
		this.mvc
			.perform(goodEdit().param("returnTo", "/dashboard/areas/CUS?show=unplanned")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(redirectedUrl("/assessments/RRD-07/CUS?returnTo=/dashboard/areas/CUS?show%3Dunplanned"));
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/proposals").param("proposedLevel", "GOOD")
				.param("proposalRationale", "Dip sample passed")
				.param("returnTo", "/dashboard/areas/CUS")
				.with(csrf())
				.with(user(Users.owner("CUS"))))
			.andExpect(redirectedUrl("/assessments/RRD-07/CUS?returnTo=/dashboard/areas/CUS"));
		given(this.pages.detail(KEY)).willReturn(page(8));
		this.mvc.perform(get("/assessments/RRD-07/CUS?returnTo=/dashboard/areas/CUS").with(user(Users.owner("CUS"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/dashboard/areas/CUS\" class=\"govuk-back-link\"")))
			.andExpect(content().string(containsString("name=\"returnTo\" value=\"/dashboard/areas/CUS\"")));
	}

	@Test
	void shouldNeverReturnToAnotherSite() throws Exception {
		given(this.service.update(eq(KEY), eq(7L), any(AssessmentChange.class), any())).willReturn(view(8));
		for (String elsewhere : List.of("//evil.example", "https://evil.example", "/\\evil.example", "evil.example")) {
			this.mvc.perform(goodEdit().param("returnTo", elsewhere).with(csrf()).with(user(Users.programmeTeam())))
				.andExpect(redirectedUrl("/assessments/RRD-07/CUS"));
			this.mvc
				.perform(post("/assessments/RRD-07/CUS/decisions").param("proposalId", "3")
					.param("accept", "true")
					.param("decisionReason", "Evidence checked")
					.param("version", "7")
					.param("returnTo", elsewhere)
					.with(csrf())
					.with(user(Users.programmeTeam())))
				.andExpect(redirectedUrl("/assessments/RRD-07/CUS"));
		}
		given(this.pages.detail(KEY)).willReturn(page(8));
		this.mvc.perform(get("/assessments/RRD-07/CUS").param("returnTo", "//evil.example").with(user(Users.board())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/assessments\" class=\"govuk-back-link\"")))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void shouldRefuseTheEditPagesToTheBoardAndAnOwner() throws Exception {
		for (var person : List.of(Users.board(), Users.owner("CUS"), Users.admin())) {
			this.mvc.perform(get("/assessments/RRD-07/CUS/edit").with(user(person))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/assessments/RRD-07/CUS/edit").param("level", "GOOD")
					.param("version", "7")
					.with(csrf())
					.with(user(person)))
				.andExpect(status().isForbidden());
		}
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void shouldLetAnOwnerAddEvidenceOnlyInTheirOwnArea() throws Exception {
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/evidence").param("evidenceTitle", "Review log")
				.param("evidenceReference", "Custody SharePoint")
				.with(csrf())
				.with(user(Users.owner("INT"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/proposals").param("proposedLevel", "GOOD")
				.param("proposalRationale", "not my area")
				.with(csrf())
				.with(user(Users.owner("INT"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/evidence").param("evidenceTitle", "Review log")
				.param("evidenceReference", "Custody SharePoint")
				.with(csrf())
				.with(user(Users.board())))
			.andExpect(status().isForbidden());
		then(this.service).shouldHaveNoInteractions();
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/evidence").param("evidenceTitle", "Review log")
				.param("evidenceReference", "Custody SharePoint")
				.with(csrf())
				.with(user(Users.owner("CUS"))))
			.andExpect(redirectedUrl("/assessments/RRD-07/CUS"))
			.andExpect(flash().attribute("success", "assessment.evidence.added"));
	}

	@Test
	void shouldShowTheConflictPageNamingWhoAndWhenOnAStaleVersion() throws Exception {
		given(this.service.update(eq(KEY), eq(7L), any(AssessmentChange.class), any())).willThrow(stale());
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/edit").param("level", "GOOD")
				.param("applicable", "true")
				.param("rationale", "my stale change")
				.param("version", "7")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"The assessment of RRD-07 in CUS was changed by analyst.khan on 30 September 2008 10:15")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell portal-pre-wrap\">Fair</td>")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell portal-pre-wrap\">Good</td>")))
			.andExpect(content().string(containsString("name=\"rationale\" value=\"my stale change\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"8\"")))
			.andExpect(content().string(not(containsString("value=\"7\""))))
			.andExpect(content().string(containsString("href=\"/assessments/RRD-07/CUS\"")));
	}

	@Test
	void shouldShowTheConflictPageOnAStaleDecision() throws Exception {
		given(this.service.decide(eq(KEY), eq(3L), eq(true), eq("Evidence checked"), eq(7L), any())).willThrow(stale());
		this.mvc
			.perform(post("/assessments/RRD-07/CUS/decisions").param("proposalId", "3")
				.param("accept", "true")
				.param("decisionReason", "Evidence checked")
				.param("version", "7")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("was changed by analyst.khan")))
			.andExpect(content().string(containsString("name=\"proposalId\" value=\"3\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"8\"")));
	}

	private static ConcurrentChangeException stale() {
		return ConcurrentChangeException.on("subject.assessment", "RRD-07", "CUS")
			.changedBy("analyst.khan", Instant.parse("2008-09-30T09:15:00Z"), 8)
			.field("level", "edit.level", "level.", ComplianceLevel.FAIR, ComplianceLevel.GOOD)
			.field("rationale", "edit.rationale", "Backlog found", "my stale change")
			.currentPath("/assessments/RRD-07/CUS")
			.build();
	}

	private static AssessmentPage page(long version) {
		RequirementView requirement = new RequirementView("RRD-07", "RRD", "Review, retention and disposal",
				"Review decisions are recorded", "Each review decision is recorded with a rationale.", "Fair criteria",
				"Good criteria", "Excellent criteria", AssessedPer.AREA);
		return new AssessmentPage(view(version), requirement, "Custody", List.of(), List.of(), List.of());
	}

	private static AssessmentView view(long version) {
		return new AssessmentView(KEY, true, null, ComplianceLevel.FAIR, ComplianceLevel.GOOD,
				LocalDate.of(2010, 12, 31), "Backlog found", "pmo", Instant.parse("2008-06-01T10:00:00Z"), version,
				Instant.parse("2008-06-01T10:00:00Z"), "pmo");
	}

	/** Sets RRD-07 in Custody, at version 7, to Good with a rationale. */
	private static MockHttpServletRequestBuilder goodEdit() {
		return post("/assessments/RRD-07/CUS/edit").param("level", "GOOD")
			.param("applicable", "true")
			.param("rationale", "Dip sample passed")
			.param("version", "7");
	}

}
