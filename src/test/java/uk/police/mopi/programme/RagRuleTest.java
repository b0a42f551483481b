package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RagRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2008, 9, 30);

	private static final LocalDate END = LocalDate.of(2009, 12, 31);

	@Test
	void shouldBeGreenWhenEveryMilestoneIsOnItsBaseline() {
		assertThat(RagRule.derive(END,
				List.of(milestone(TODAY.plusDays(30), TODAY.plusDays(30), MilestoneStatus.PLANNED))))
			.isEqualTo(Rag.GREEN);
		assertThat(RagRule.derive(END, List.of())).isEqualTo(Rag.GREEN);
	}

	@Test
	void shouldBeAmberWhenAForecastSlipsPastItsBaseline() {
		assertThat(RagRule.derive(END,
				List.of(milestone(TODAY.plusDays(30), TODAY.plusDays(60), MilestoneStatus.PLANNED))))
			.isEqualTo(Rag.AMBER);
	}

	@Test
	void shouldBeRedWhenOverdueMissedOrForecastPastTheProjectEnd() {
		assertThat(RagRule.derive(END,
				List.of(milestone(TODAY.minusDays(30), TODAY.minusDays(1), MilestoneStatus.PLANNED))))
			.isEqualTo(Rag.RED);
		assertThat(RagRule.derive(END,
				List.of(milestone(TODAY.minusDays(30), TODAY.minusDays(30), MilestoneStatus.MISSED))))
			.isEqualTo(Rag.RED);
		assertThat(RagRule.derive(END, List.of(milestone(END, END.plusDays(1), MilestoneStatus.PLANNED))))
			.isEqualTo(Rag.RED);
		assertThat(RagRule.derive(END,
				List.of(milestone(TODAY.minusDays(30), TODAY.minusDays(10), MilestoneStatus.ACHIEVED))))
			.isEqualTo(Rag.GREEN);
	}

	private static MilestoneView milestone(LocalDate baseline, LocalDate forecast, MilestoneStatus status) {
		return new MilestoneView("P01-M1", "M1", "", MilestoneKind.PROJECT, "P01", baseline, forecast,
				(status == MilestoneStatus.ACHIEVED) ? forecast : null, status, false,
				MilestoneProgress.of(status, baseline, forecast, TODAY), 0);
	}

}
