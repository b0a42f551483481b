package uk.police.mopi.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

/**
 * Benchmark, not a test: what the trail costs a write. Changes one assessment, then 200
 * in one bulk update, each committed, with the entity listener attached and detached, and
 * counts the statements and times them. Run with {@code bench/audit.sh}; figures go to
 * the console and {@code target/bench/audit.md}. Asserts nothing about time.
 */
@Tag("benchmark")
@PortalTest
class AuditBenchmark {

	private static final int SINGLE = Integer.getInteger("bench.samples", 60);

	private static final int BULK = Integer.getInteger("bench.bulkSamples", 8);

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private EntityChangeListener listener;

	private int flip;

	@Test
	void measure() throws Exception {
		PortalUser pmo = (PortalUser) this.users.loadUserByUsername("pmo");
		List<String> codes = this.jdbc.queryForList("""
				select requirement_code from assessment where area_code = 'CUS'
				intersect select requirement_code from assessment where area_code = 'INT'
				order by 1 limit 100
				""", String.class);
		CellKey one = CellKey.of(codes.get(0), "CUS");
		List<String> lines = new ArrayList<>();
		lines.add("| write | trail | samples | statements | median ms | p95 ms |");
		lines.add("|---|---|---|---|---|---|");
		for (boolean on : new boolean[] { false, true, false, true }) {
			trail(on);
			long[] version = { this.jdbc.queryForObject(
					"select version from assessment where requirement_code = ? and area_code = 'CUS'", Long.class,
					one.requirementCode()) };
			lines.add(row("one assessment", on, SINGLE,
					() -> version[0] = this.assessments.update(one, version[0], change(), pmo).version()));
			lines.add(row("bulk update of " + codes.size() * 2 + " assessments", on, BULK,
					() -> this.assessments.bulkUpdate(codes, List.of("CUS", "INT"), false, change(), pmo)));
		}
		trail(true);
		String report = String.join("\n", lines);
		System.out.println(report);
		Path out = Path.of("target/bench/audit.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "# What the audit trail costs a write\n\n" + report + "\n");
	}

	private AssessmentChange change() {
		this.flip++;
		return AssessmentChange.target(ComplianceLevel.EXCELLENT, LocalDate.of(2010, 12, 30 + (this.flip % 2)),
				"benchmark " + this.flip);
	}

	private String row(String name, boolean on, int samples, StatementCounter.ThrowingRunnable write) throws Exception {
		long[] nanos = new long[samples];
		long count = 0;
		for (int i = 0; i < samples; i++) {
			long start = System.nanoTime();
			count = this.statements.count(write);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f |", name, on ? "on" : "off", samples,
				count, nanos[samples / 2] / 1e6, nanos[(int) Math.ceil(samples * 0.95) - 1] / 1e6);
	}

	/**
	 * Attaches or detaches the trail's entity listener (the only writer these changes
	 * reach).
	 */
	private void trail(boolean on) {
		var registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
		for (EventType<?> type : List.of(EventType.POST_INSERT, EventType.POST_UPDATE, EventType.POST_DELETE)) {
			toggle(registry.getEventListenerGroup(type), on ? this.listener : null);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> void toggle(EventListenerGroup<T> group, EntityChangeListener attach) {
		List<T> others = new ArrayList<>();
		group.listeners().forEach((listener) -> {
			if (!(listener instanceof EntityChangeListener)) {
				others.add(listener);
			}
		});
		group.clearListeners();
		others.forEach(group::appendListener);
		if (attach != null) {
			group.appendListener((T) attach);
		}
	}

}
