package uk.police.mopi.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every point of the trajectory equals the compliance counted as at its date. */
@PortalTest
class TrajectoryTest {

	@Autowired
	private DashboardService dashboard;

	@Test
	void shouldAgreeWithTheCountsAsAtEachDate() {
		Trajectory trajectory = this.dashboard.trajectory(null);
		assertThat(trajectory.actual()).hasSizeGreaterThan(20);
		assertThat(trajectory.actual().get(0).date()).isEqualTo(LocalDate.of(2006, 11, 30));
		for (Trajectory.Point point : trajectory.actual()) {
			LevelCounts counts = this.dashboard.compliance(point.date()).overall();
			assertThat(point.applicable()).as(point.date().toString()).isEqualTo(counts.applicableCells());
			assertThat(point.atLeastFair()).as(point.date().toString())
				.isCloseTo(100.0 * counts.atLeastFair() / counts.applicableCells(), within(0.05));
			assertThat(point.atLeastGood()).as(point.date().toString())
				.isCloseTo(100.0 * counts.atLeastGood() / counts.applicableCells(), within(0.05));
		}
		assertThat(trajectory.targetEnd().date()).isEqualTo(LocalDate.of(2010, 12, 31));
	}

	@Test
	void shouldStopAtTheDateShown() {
		Trajectory trajectory = this.dashboard.trajectory(LocalDate.of(2007, 3, 31));
		assertThat(trajectory.actual().get(trajectory.actual().size() - 1).date()).isEqualTo(LocalDate.of(2007, 3, 31));
		assertThat(trajectory.actual()).hasSize(5);
	}

}
