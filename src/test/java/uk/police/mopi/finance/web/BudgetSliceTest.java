package uk.police.mopi.finance.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.police.mopi.finance.BudgetLineChange;
import uk.police.mopi.finance.BudgetLineService;
import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.BudgetPage;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.LineFunding;
import uk.police.mopi.finance.ResourceType;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;
import uk.police.mopi.user.PortalUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The budget pages: amounts that do not bind and amounts the service refuses show on
 * their fields, a saved line redirects with a message, only the programme team changes
 * budgets, and a stale line gets the 409 page naming who changed it.
 */
@WebSliceTest({ BudgetController.class, BudgetLineController.class })
class BudgetSliceTest {

	static final BudgetLineView LINE = new BudgetLineView(7, "P01", "Custody records", "2008/09", ResourceType.INTERNAL,
			new BigDecimal("100000.00"), new BigDecimal("90000.00"), new BigDecimal("40000.00"), 3, null, null,
			LineFunding.NO_DECISION, BigDecimal.ZERO);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FinanceService finance;

	@MockitoBean
	private BudgetLineService lines;

	@BeforeEach
	void offerNoChoices() {
		given(this.lines.choices()).willReturn(new BudgetLineService.Choices(List.of(), List.of()));
	}

	@Test
	void shouldShowAnAmountThatIsNotANumberOnItsField() throws Exception {
		given(this.finance.line(7)).willReturn(Optional.of(LINE));
		this.mvc.perform(change("lots").with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(view().name("finance/line"))
			.andExpect(model().attributeHasFieldErrorCode("lineForm", "allocated", "typeMismatch"))
			.andExpect(content().string(containsString("Enter an amount in pounds, e.g. 4621000.00")));
		verify(this.lines, never()).updateLine(anyLong(), anyLong(), any(), any());
	}

	@Test
	void shouldShowTheServicesRefusalOnItsField() throws Exception {
		given(this.finance.line(7)).willReturn(Optional.of(LINE));
		willThrow(InvalidInputException.of("reason", "input.required")).given(this.lines)
			.updateLine(eq(7L), eq(3L), any(), any());
		this.mvc.perform(change().param("reason", "").with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("lineForm", "reason", "input.required"))
			.andExpect(content().string(containsString("Enter a value")));
	}

	@Test
	void shouldRedirectToTheBudgetAfterSaving() throws Exception {
		given(this.finance.line(7)).willReturn(Optional.of(LINE));
		PortalUser pmo = Users.programmeTeam();
		this.mvc.perform(change().with(user(pmo)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/budget?year=2008/09"))
			.andExpect(flash().attribute("success", "budget.saved"));
		verify(this.lines).updateLine(7L, 3L, new BudgetLineChange(null, null, null, null, new BigDecimal("100000.00"),
				new BigDecimal("95000.50"), new BigDecimal("40000.00"), "Re-forecast"), pmo);
	}

	@Test
	void shouldRefuseTheBoardAndAreaOwners() throws Exception {
		given(this.finance.line(7)).willReturn(Optional.of(LINE));
		for (PortalUser someone : List.of(Users.board(), Users.owner("CUS"))) {
			this.mvc.perform(get("/budget/lines/7").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(change().with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(post("/budget/decisions").param("businessCase", "Mine").with(csrf()).with(user(someone)))
				.andExpect(status().isForbidden());
		}
		verify(this.lines, never()).updateLine(anyLong(), anyLong(), any(), any());
	}

	@Test
	void shouldShowWhoChangedAStaleLineOnTheConflictPage() throws Exception {
		given(this.finance.line(7)).willReturn(Optional.of(LINE));
		willThrow(ConcurrentChangeException.on("subject.budgetLine", 7L)
			.changedBy("Sam Smith", Instant.parse("2008-09-30T09:15:00Z"), 4)
			.field("forecast", "budget.col.forecast", "91000.00", "95000.50")
			.currentPath("/budget/lines/7")
			.build()).given(this.lines).updateLine(eq(7L), eq(3L), any(), any());
		this.mvc.perform(change().with(user(Users.programmeTeam())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Budget line 7 was changed by Sam Smith")))
			.andExpect(content().string(containsString("91000.00")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
	}

	@Test
	void shouldOfferChangesOnlyToTheProgrammeTeam() throws Exception {
		given(this.finance.page(any(), any(), any())).willReturn(new BudgetPage(null, false, false, null,
				List.of("2008/09"), List.of(), "2008/09", List.of(LINE), List.of()));
		this.mvc.perform(get("/budget").with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/budget/lines/7\"")))
			.andExpect(content().string(containsString("id=\"form-decision\"")));
		this.mvc.perform(get("/budget").with(user(Users.board())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/budget/lines/7\""))))
			.andExpect(content().string(not(containsString("id=\"form-decision\""))));
	}

	private static MockHttpServletRequestBuilder change() {
		return change("100000.00");
	}

	private static MockHttpServletRequestBuilder change(String allocated) {
		return post("/budget/lines/7").param("version", "3")
			.param("allocated", allocated)
			.param("forecast", "95000.50")
			.param("actual", "40000.00")
			.param("reason", "Re-forecast")
			.with(csrf());
	}

}
