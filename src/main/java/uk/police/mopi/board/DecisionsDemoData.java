package uk.police.mopi.board;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Demo data only: puts the demo's Board decisions (loaded by finance) into the register
 * ({@value #REGISTER}): each is linked to the meeting on its date (created when the
 * packs' demo made none), says who decided and on what conditions, funds the projects of
 * the budget lines naming it, and is linked to its meeting's published pack when there is
 * one. Runs after the packs' demo; idempotent (a decision already linked to a meeting is
 * left alone, a pack is linked once).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45)
class DecisionsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DecisionsDemoData.class);

	/** Who decided each demo decision, on what conditions: reference data, not code. */
	static final String REGISTER = "db/demo/board-decision-register.csv";

	private final DemoData demoData;

	private final JdbcClient jdbc;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	DecisionsDemoData(DemoData demoData, JdbcClient jdbc, ProgrammeCalendar calendar,
			ApplicationEventPublisher events) {
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled()) {
			return;
		}
		int linked = 0;
		int packs = 0;
		for (CSVRecord row : rows()) {
			LocalDate on = LocalDate.parse(row.get("decided_on"));
			Long decision = this.jdbc
				.sql("select id from board_decision where decided_on = :on and business_case = :case")
				.param("on", on)
				.param("case", row.get("business_case"))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (decision == null) {
				continue;
			}
			linked += this.jdbc.sql("""
					update board_decision set meeting_id = :meeting, decided_by = :by, conditions = :conditions
					where id = :id and meeting_id is null
					""")
				.param("meeting", meeting(on, row.get("meeting_title")))
				.param("by", row.get("decided_by"))
				.param("conditions", row.get("conditions"))
				.param("id", decision)
				.update();
			this.jdbc.sql("""
					insert into board_decision_project (decision_id, project_id)
					select distinct decision_id, project_id from budget_line where decision_id = :id
					on conflict do nothing
					""").param("id", decision).update();
			packs += linkPack(decision);
		}
		if (linked + packs > 0) {
			log.info("Demo data: {} Board decisions put in the register, {} linked to their packs", linked, packs);
			this.events.publishEvent(AuditEvent.of("demo-data.loaded", "board-decision", null)
				.by("system")
				.after(Map.of("decisionsLinked", linked, "packsLinked", packs)));
		}
	}

	/** The meeting on a date: the first one, or a new one when there is none. */
	private long meeting(LocalDate on, String title) {
		return this.jdbc.sql("select id from board_meeting where meeting_date = :on order by id limit 1")
			.param("on", on)
			.query(Long.class)
			.optional()
			.orElseGet(() -> {
				Timestamp at = Timestamp.from(on.atTime(17, 0).atZone(this.calendar.zone()).toInstant());
				return this.jdbc
					.sql("""
							insert into board_meeting (meeting_date, title, version, created_at, created_by, updated_at, updated_by)
							values (:on, :title, 0, :at, 'pmo', :at, 'pmo') returning id
							""")
					.param("on", on)
					.param("title", title)
					.param("at", at)
					.query(Long.class)
					.single();
			});
	}

	/** Links a decision with no pack to its meeting's latest published pack, if any. */
	private int linkPack(long decision) {
		return this.jdbc.sql("""
				update board_decision d set pack_id = (
				    select p.id from board_pack p where p.meeting_id = d.meeting_id and p.status = 'PUBLISHED'
				    order by p.published_at desc, p.id desc limit 1)
				where d.id = :id and d.pack_id is null and exists (
				    select 1 from board_pack p where p.meeting_id = d.meeting_id and p.status = 'PUBLISHED')
				""").param("id", decision).update();
	}

	private static List<CSVRecord> rows() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader in = new InputStreamReader(new ClassPathResource(REGISTER).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + REGISTER, ex);
		}
	}

}
