package uk.police.mopi.dashboard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Custody's owner sees every Custody gap, each with the milestone that closes it or
 * "unplanned".
 */
@PortalTest
class AreaOwnerViewTest {

	@Autowired
	private AreaOwnerView view;

	@Autowired
	private DeliveryQueries deliveries;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Test
	void shouldListEveryGapWithWhatClosesItOrUnplanned() throws Exception {
		List<AreaOwnerView.Gap> gaps = this.view.gaps("CUS");
		assertThat(gaps).isNotEmpty()
			.allSatisfy((gap) -> assertThat(gap.assessment().state().gap()).isTrue())
			.allSatisfy((gap) -> assertThat(gap.assessment().key().areaCode()).isEqualTo("CUS"));
		assertThat(gaps).filteredOn((gap) -> !gap.unplanned())
			.allSatisfy((gap) -> assertThat(
					ComplianceLevel.valueOf(gap.closedBy().level()).isBelow(gap.assessment().targetLevel()))
				.isFalse());
		Set<CellKey> unplanned = this.deliveries.unplannedGaps(Set.of("CUS"))
			.stream()
			.map(AssessmentView::key)
			.collect(Collectors.toSet());
		assertThat(gaps.stream().filter(AreaOwnerView.Gap::unplanned).map((gap) -> gap.assessment().key()))
			.containsExactlyInAnyOrderElementsOf(unplanned);
		assertThat(gaps).extracting((gap) -> gap.assessment().targetDate()).isSorted();
		this.mvc.perform(get("/dashboard/areas/CUS").with(user(this.users.loadUserByUsername("owner.custody"))))
			.andExpect(content().string(containsString(gaps.size() + " gaps below target; " + unplanned.size()
					+ " with no milestone planned to close them")));
	}

}
