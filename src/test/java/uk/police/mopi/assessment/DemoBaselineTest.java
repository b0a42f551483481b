package uk.police.mopi.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.ProgrammeCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's assessment history follows the demo clock: whatever day the demo starts on,
 * from the first day after the baseline to the end of the programme, nothing is dated
 * after that day, and each cell's story starts at the baseline.
 */
class DemoBaselineTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void shouldDateNothingAfterTodayWhateverDayTheDemoStarts() {
		List<DemoBaseline.Cell> cells = cells();
		for (LocalDate today = LocalDate.of(2007, 1, 1); !today.isAfter(LocalDate.of(2011, 3, 31)); today = today
			.plusDays(11)) {
			expectNothingAfter(today, cells, 0);
		}
		for (LocalDate today : List.of(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 1, 9), LocalDate.of(2007, 3, 31),
				LocalDate.of(2007, 4, 16), LocalDate.of(2007, 5, 1), LocalDate.of(2009, 6, 30),
				LocalDate.of(2011, 3, 31))) {
			expectNothingAfter(today, cells, 0);
			expectNothingAfter(today, cells, cells.size() * 12L);
		}
	}

	@Test
	void shouldTellTheStoryFromTheCalendarsKeyDates() {
		LocalDate today = LocalDate.of(2008, 9, 30);
		Map<DemoBaseline.Cell, List<DemoBaseline.Event>> histories = baseline(today, 0).histories(cells(),
				new Random(2006), today);
		List<DemoBaseline.Event> all = histories.values().stream().flatMap(List::stream).toList();
		assertThat(all).filteredOn((event) -> event.kind() == HistoryKind.BASELINE)
			.hasSize(histories.size())
			.allSatisfy((event) -> assertThat(day(event)).isEqualTo(LocalDate.of(2006, 11, 30)));
		assertThat(all).filteredOn((event) -> event.kind() == HistoryKind.TARGET).isNotEmpty().allSatisfy((event) -> {
			assertThat(day(event)).isEqualTo(LocalDate.of(2007, 4, 16));
			assertThat(event.reason()).isEqualTo("Targets raised after the March 2007 return: Good by December 2010");
		});
		assertThat(all)
			.filteredOn((event) -> event.kind() == HistoryKind.LEVEL && "FAIR".equals(event.to())
					&& event.reason().startsWith("Fair criteria"))
			.isNotEmpty()
			.allSatisfy((event) -> assertThat(event.reason())
				.isEqualTo("Fair criteria evidenced for the 31 March 2007 return"));
	}

	private static void expectNothingAfter(LocalDate today, List<DemoBaseline.Cell> cells, long historyRows) {
		Map<DemoBaseline.Cell, List<DemoBaseline.Event>> histories = baseline(today, historyRows).histories(cells,
				new Random(2006), today);
		assertThat(histories).hasSize(cells.size());
		histories.forEach((cell, events) -> {
			assertThat(events).as("%s on %s", cell, today).isNotEmpty();
			assertThat(events).as("%s on %s", cell, today)
				.allSatisfy((event) -> assertThat(day(event)).isBeforeOrEqualTo(today));
			assertThat(events.stream().map(DemoBaseline.Event::at).toList()).as("%s on %s", cell, today).isSorted();
		});
	}

	private static LocalDate day(DemoBaseline.Event event) {
		return event.at().atZone(LONDON).toLocalDate();
	}

	/** 40 requirements in six priority and four other areas, and five force-wide ones. */
	private static List<DemoBaseline.Cell> cells() {
		List<DemoBaseline.Cell> cells = new ArrayList<>();
		for (int r = 1; r <= 40; r++) {
			for (String area : List.of("CRM", "INT", "CPT", "FRR", "DV", "CUS", "MIS", "RDP", "POR", "CT")) {
				cells.add(new DemoBaseline.Cell("RRD-%02d".formatted(r), area,
						List.of("CRM", "INT", "CPT", "FRR", "DV", "CUS").contains(area)));
			}
		}
		for (int r = 1; r <= 5; r++) {
			cells.add(new DemoBaseline.Cell("GOV-%02d".formatted(r), null, true));
		}
		return cells;
	}

	private static DemoBaseline baseline(LocalDate today, long historyRows) {
		Map<KeyDate, LocalDate> dates = new EnumMap<>(KeyDate.class);
		dates.put(KeyDate.CAPABILITY_ASSESSMENT, LocalDate.of(2006, 12, 31));
		dates.put(KeyDate.FAIR_IN_PRIORITY_AREAS, LocalDate.of(2007, 3, 31));
		dates.put(KeyDate.FUNDED_ACTION_PLAN, LocalDate.of(2007, 12, 31));
		dates.put(KeyDate.FULL_COMPLIANCE, LocalDate.of(2010, 12, 31));
		Clock clock = Clock.fixed(today.atTime(23, 59).atZone(LONDON).toInstant(), LONDON);
		return new DemoBaseline(null, new ProgrammeCalendar(clock, () -> dates), historyRows);
	}

}
