package uk.police.mopi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people change the same assessments at once, each from the version they read. Every
 * accepted change is in the history, versions run without gap or repeat, and each refused
 * change was refused because someone else changed the assessment first: nothing is lost.
 */
@PortalTest
class ConcurrentUpdatesTest {

	private static final List<CellKey> CELLS = List.of(CellKey.of("DQ-05", "MIS"), CellKey.of("DQ-06", "MIS"));

	private static final int WORKERS = 8;

	private static final int ATTEMPTS = 25;

	@Autowired
	private AssessmentService service;

	@Autowired
	private AssessmentQueries queries;

	@Autowired
	private UserService users;

	@Test
	void shouldLoseNoUpdateUnderConcurrentEdits() throws Exception {
		PortalUser pmo = (PortalUser) this.users.loadUserByUsername("pmo");
		List<Long> startVersions = new ArrayList<>();
		List<Integer> startHistory = new ArrayList<>();
		for (CellKey cell : CELLS) {
			startVersions.add(this.queries.assessment(cell).orElseThrow().version());
			startHistory.add(this.queries.history(cell).size());
		}
		AtomicInteger[] accepted = { new AtomicInteger(), new AtomicInteger() };
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int worker = 0; worker < WORKERS; worker++) {
				int id = worker;
				futures.add(pool.submit((Callable<Void>) () -> {
					for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
						int which = (id + attempt) % CELLS.size();
						CellKey cell = CELLS.get(which);
						AssessmentView seen = this.queries.assessment(cell).orElseThrow();
						ComplianceLevel next = (seen.level() == ComplianceLevel.GOOD) ? ComplianceLevel.FAIR
								: ComplianceLevel.GOOD;
						try {
							this.service.update(cell, seen.version(),
									AssessmentChange.level(next, "worker " + id + " attempt " + attempt), pmo);
							accepted[which].incrementAndGet();
						}
						catch (ConcurrentChangeException ex) {
							assertThat(ex.currentVersion()).isGreaterThan(seen.version());
							refused.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("Concurrent updates: %d accepted, %d refused as stale, of %d attempts%n",
				accepted[0].get() + accepted[1].get(), refused.get(), WORKERS * ATTEMPTS);
		assertThat(accepted[0].get() + accepted[1].get() + refused.get()).isEqualTo(WORKERS * ATTEMPTS);
		for (int i = 0; i < CELLS.size(); i++) {
			CellKey cell = CELLS.get(i);
			int changes = accepted[i].get();
			assertThat(changes).isPositive();
			assertThat(this.queries.assessment(cell).orElseThrow().version()).isEqualTo(startVersions.get(i) + changes);
			List<HistoryView> added = this.queries.history(cell).subList(0, changes);
			assertThat(this.queries.history(cell)).hasSize(startHistory.get(i) + changes);
			assertThat(added).allSatisfy((row) -> assertThat(row.kind()).isEqualTo(HistoryKind.LEVEL));
			assertThat(added.stream().map(HistoryView::versionAfter).sorted().toList()).containsExactlyElementsOf(
					java.util.stream.LongStream.rangeClosed(startVersions.get(i) + 1, startVersions.get(i) + changes)
						.boxed()
						.toList());
		}
	}

}
