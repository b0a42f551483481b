package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

	private static final LocalDate MAY = LocalDate.of(2008, 5, 1);

	@Test
	void shouldNameTheCycleANewDependencyWouldClose() {
		Schedule schedule = new Schedule(List.of(new Schedule.Link(1, 2, 0), new Schedule.Link(2, 3, 0)));
		assertThat(schedule.cycleIfAdded(3, 1)).contains(List.of(3L, 1L, 2L, 3L));
		assertThat(schedule.cycleIfAdded(1, 3)).isEmpty();
		assertThat(schedule.cycleIfAdded(4, 4)).contains(List.of(4L, 4L));
	}

	@Test
	void shouldPushDependantsLaterByTheirLagAndNoFurther() {
		Schedule schedule = new Schedule(
				List.of(new Schedule.Link(1, 2, 7), new Schedule.Link(2, 3, 0), new Schedule.Link(1, 4, 0)));
		Map<Long, LocalDate> forecasts = Map.of(1L, MAY.plusDays(30), 2L, MAY.plusDays(10), 3L, MAY.plusDays(60), 4L,
				MAY.plusDays(31));
		Map<Long, LocalDate> moved = schedule.propagate(1, forecasts, Set.of(1L, 2L, 3L, 4L));
		assertThat(moved).containsOnly(Map.entry(2L, MAY.plusDays(37)));
	}

	@Test
	void shouldMoveAChainAndLeaveAchievedMilestonesAlone() {
		Schedule schedule = new Schedule(List.of(new Schedule.Link(1, 2, 0), new Schedule.Link(2, 3, 14)));
		Map<Long, LocalDate> forecasts = Map.of(1L, MAY.plusDays(100), 2L, MAY, 3L, MAY);
		assertThat(schedule.propagate(1, forecasts, Set.of(1L, 2L, 3L)))
			.containsExactly(Map.entry(2L, MAY.plusDays(100)), Map.entry(3L, MAY.plusDays(114)));
		assertThat(schedule.propagate(1, forecasts, Set.of(1L, 3L))).isEmpty();
	}

}
