package uk.police.mopi.home;

import java.sql.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme team's home counts equal the lists they link to, and a comment counts as
 * a review.
 */
@PortalTest
@Transactional
class ProgrammeTeamHomeTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldCountWhatItsListsHoldAndTreatACommentAsAReview() throws Exception {
		int pastTarget = homeCount("/dashboard/cells?pastTarget=true");
		assertThat(pastTarget).isEqualTo(listCount("/dashboard/cells?pastTarget=true"));
		int notReviewed = homeCount("/dashboard/cells?notReviewedMonths=6");
		assertThat(notReviewed).isPositive().isEqualTo(listCount("/dashboard/cells?notReviewedMonths=6"));

		int added = this.jdbc.update("""
				insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable,
				                                target_level, target_date, version)
				select a.id, 'COMMENT', ?, 'pmo', 'Reviewed with the owner; no change', a.level, a.applicable,
				       a.target_level, a.target_date, a.version
				from assessment a
				where a.applicable and not exists (select 1 from assessment_history h
				                                   where h.assessment_id = a.id and h.changed_at >= ?)
				order by a.id limit 1
				""", Timestamp.from(this.calendar.now()),
				Timestamp.from(this.calendar.endOf(this.calendar.today().minusMonths(6).minusDays(1))));
		assertThat(added).isEqualTo(1);
		assertThat(homeCount("/dashboard/cells?notReviewedMonths=6")).isEqualTo(notReviewed - 1);
		assertThat(listCount("/dashboard/cells?notReviewedMonths=6")).isEqualTo(notReviewed - 1);
	}

	/** The number the home page shows on the link to {@code href}. */
	private int homeCount(String href) throws Exception {
		String html = page("/");
		Matcher link = Pattern.compile("href=\"" + Pattern.quote(href.replace("&", "&amp;")) + "\">([\\d,]+) ")
			.matcher(html);
		assertThat(link.find()).as(href).isTrue();
		return Integer.parseInt(link.group(1).replace(",", ""));
	}

	private int listCount(String path) throws Exception {
		Matcher count = Pattern.compile("id=\"cells-count\">([\\d,]+) assessments<").matcher(page(path));
		assertThat(count.find()).as(path).isTrue();
		return Integer.parseInt(count.group(1).replace(",", ""));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("pmo"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
