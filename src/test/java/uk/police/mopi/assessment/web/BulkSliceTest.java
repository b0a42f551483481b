package uk.police.mopi.assessment.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.BulkPreview;
import uk.police.mopi.assessment.BulkPreviews;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk update without a database: programme team only, errors on fields, then a redirect.
 */
@WebSliceTest(BulkController.class)
class BulkSliceTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AssessmentService service;

	@MockitoBean
	private CatalogueService catalogue;

	@MockitoBean
	private BusinessAreaService areas;

	@MockitoBean
	private BulkPreviews previews;

	@Test
	void shouldOfferTheFormToTheProgrammeTeamOnly() throws Exception {
		this.mvc.perform(get("/assessments/bulk").with(user(Users.programmeTeam()))).andExpect(status().isOk());
		for (var person : List.of(Users.board(), Users.owner("CUS"), Users.admin())) {
			this.mvc.perform(get("/assessments/bulk").with(user(person))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/assessments/bulk").param("level", "GOOD")
					.param("rationale", "not allowed")
					.with(csrf())
					.with(user(person)))
				.andExpect(status().isForbidden());
		}
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void shouldAskForSomethingToSetAndShowTheServicesRefusalOnItsField() throws Exception {
		this.mvc.perform(post("/assessments/bulk").with(csrf()).with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a level or a target to set")));
		given(this.previews.preview(any(), any(), anyBoolean(), any(), any()))
			.willThrow(InvalidInputException.of("rationale", "assessment.rationale.required"));
		given(this.service.bulkUpdate(any(), any(), anyBoolean(), any(), any()))
			.willThrow(InvalidInputException.of("rationale", "assessment.rationale.required"));
		this.mvc
			.perform(post("/assessments/bulk").param("level", "GOOD").with(csrf()).with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Give a rationale: it is required whenever the level or applicability changes")));
		this.mvc
			.perform(post("/assessments/bulk").param("level", "GOOD")
				.param("confirm", "true")
				.param("previewed", "null|null|false|false|GOOD|false|null|null|null")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Give a rationale: it is required whenever the level or applicability changes")));
		this.mvc
			.perform(post("/assessments/bulk").param("level", "BEST").with(csrf()).with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a level from the list")));
	}

	@Test
	void shouldApplyToTheChosenAreasAndRedirectWithTheCount() throws Exception {
		given(this.areas.areas()).willReturn(List.of(new BusinessAreaView("CUS", "Custody", "d", true),
				new BusinessAreaView("MIS", "Missing Persons", "d", false)));
		given(this.service.bulkUpdate(any(), eq(List.of("CUS")), eq(false), any(), any())).willReturn(12);
		this.mvc
			.perform(post("/assessments/bulk").param("priorityOnly", "true")
				.param("level", "GOOD")
				.param("rationale", "Board raised the bar")
				.param("confirm", "true")
				.param("previewed", "null|null|true|false|GOOD|false|null|null|Board raised the bar")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(redirectedUrl("/assessments/bulk"))
			.andExpect(flash().attribute("success", "bulk.done"));
		then(this.service).should()
			.bulkUpdate(any(), eq(List.of("CUS")), eq(false), eq(
					new AssessmentChange(ComplianceLevel.GOOD, null, null, false, null, null, "Board raised the bar")),
					any());
	}

	@Test
	void shouldPreviewWhatItWillChangeAndApplyNothingUntilThatPreviewIsConfirmed() throws Exception {
		given(this.areas.areas()).willReturn(List.of(new BusinessAreaView("CUS", "Custody", "d", true)));
		given(this.previews.preview(any(), eq(List.of("CUS")), eq(false), any(), any()))
			.willReturn(
					new BulkPreview(40, 12,
							List.of(new BulkPreview.Move(ComplianceLevel.NOT_MET, ComplianceLevel.GOOD, 7),
									new BulkPreview.Move(ComplianceLevel.FAIR, ComplianceLevel.GOOD, 5)),
							0, List.of()));
		this.mvc
			.perform(post("/assessments/bulk").param("area", "CUS")
				.param("level", "GOOD")
				.param("rationale", "Board raised the bar")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 of the 40 matching assessments will change")))
			.andExpect(content().string(containsString("7 from Not met to Good")))
			.andExpect(content().string(containsString("Apply to 12 assessments")))
			.andExpect(content()
				.string(containsString("value=\"null|CUS|false|false|GOOD|false|null|null|Board raised the bar\"")));
		this.mvc
			.perform(post("/assessments/bulk").param("area", "CUS")
				.param("level", "EXCELLENT")
				.param("rationale", "Board raised the bar")
				.param("confirm", "true")
				.param("previewed", "null|CUS|false|false|GOOD|false|null|null|Board raised the bar")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apply to 12 assessments")));
		then(this.service).shouldHaveNoInteractions();
	}

}
