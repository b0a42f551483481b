package uk.police.mopi.dashboard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.dashboard.BoardDashboard;
import uk.police.mopi.dashboard.BoardDashboardService;
import uk.police.mopi.dashboard.DashboardService;
import uk.police.mopi.dashboard.LevelCounts;
import uk.police.mopi.dashboard.Trajectory;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The Board's dashboard page: the view gets the one record the service composes, someone
 * not signed in is sent to sign in, and names from the data reach the page escaped
 * however hostile they are.
 */
@WebSliceTest(BoardDashboardController.class)
@Import(TrajectorySvg.class)
class BoardDashboardSliceTest {

	static final String HOSTILE_AREA = "\"><svg onload=alert(1)>";

	static final String HOSTILE_SECTION = "</script> & 'quoted' \"words\"";

	static final LocalDate TODAY = WebSliceTest.Calendar.TODAY;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private BoardDashboardService dashboards;

	@Test
	void shouldSendSomeoneNotSignedInToSignIn() throws Exception {
		this.mvc.perform(get("/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldGiveTheViewTheComposedDashboard() throws Exception {
		BoardDashboard board = board("Custody", "RRD Review, retention and disposal");
		given(this.dashboards.board(eq(LocalDate.parse("2007-03-31")), any())).willReturn(board);
		this.mvc.perform(get("/dashboard?asAt=2007-03-31").with(user(Users.board())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("board", sameInstance(board)))
			.andExpect(content().string(containsString("Progress as at 30 September 2008")))
			.andExpect(content().string(containsString("/dashboard/cells?asAt=2008-09-30&amp;area=CUS&amp;level=GOOD")))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void shouldEscapeHostileAreaAndSectionNames() throws Exception {
		given(this.dashboards.board(any(), any())).willReturn(board(HOSTILE_AREA, HOSTILE_SECTION));
		this.mvc.perform(get("/dashboard").with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;&gt;&lt;svg onload=alert(1)&gt;")))
			.andExpect(content().string(containsString("&lt;/script&gt; &amp; &#39;quoted&#39; &quot;words&quot;")))
			.andExpect(content().string(not(containsString("<svg onload"))))
			.andExpect(content().string(not(containsString("</script> &"))));
	}

	static BoardDashboard board(String areaName, String sectionLabel) {
		LevelCounts counts = counts(10, 5, 3);
		DashboardService.Compliance compliance = new DashboardService.Compliance(TODAY, counts, Map.of("CUS", counts),
				Map.of("RRD", counts));
		BusinessAreaView area = new BusinessAreaView("CUS", areaName, "The custody suites", true);
		Trajectory.Point start = new Trajectory.Point(LocalDate.parse("2006-12-31"), 20, 10, 5);
		Trajectory.Point now = new Trajectory.Point(TODAY, 20, 50, 25);
		Trajectory trajectory = new Trajectory(List.of(start, now), List.of(), 0, start,
				new Trajectory.Point(LocalDate.parse("2010-12-31"), 20, 100, 100), null, null, 0, 0);
		Map<Rag, Long> rag = new EnumMap<>(Rag.class);
		for (Rag value : Rag.values()) {
			rag.put(value, 1L);
		}
		YearTotals money = new YearTotals("2008/09", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, null);
		return new BoardDashboard(TODAY, TODAY, compliance, LocalDate.parse("2007-03-31"), compliance,
				LocalDate.parse("2010-12-31"), 822,
				List.of(new BoardDashboard.CountsRow(areaName, null, counts, "CUS", null),
						new BoardDashboard.CountsRow(null, "assessment.force.long", counts, "FORCE", null)),
				List.of(new BoardDashboard.CountsRow(sectionLabel, null, counts, null, "RRD")),
				List.of(new BoardDashboard.PriorityArea(area, counts, counts)), trajectory, List.of(), List.of(), rag,
				false, List.of(money), null, TODAY.minusMonths(3), null);
	}

	static LevelCounts counts(int applicable, int fair, int good) {
		Map<ComplianceLevel, Integer> byLevel = new EnumMap<>(ComplianceLevel.class);
		for (ComplianceLevel level : ComplianceLevel.values()) {
			byLevel.put(level, 0);
		}
		byLevel.put(ComplianceLevel.NOT_MET, applicable - fair);
		byLevel.put(ComplianceLevel.FAIR, fair - good);
		byLevel.put(ComplianceLevel.GOOD, good);
		return new LevelCounts(applicable, byLevel, fair, good, 0);
	}

}
