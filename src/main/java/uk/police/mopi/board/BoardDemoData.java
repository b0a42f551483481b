package uk.police.mopi.board;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.PersonDirectory;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Demo data only: the Investment Board's meetings of the demo story ({@value #PACKS}),
 * each with its pack written by the programme manager. A meeting on or before the
 * calendar's today gets its pack published as at its date, its figures composed from the
 * portal's data (so they agree with the dashboard as at that date) with the changes since
 * the previous one; a later meeting (the first Board after the demo's today) gets a
 * draft, whose figures stay live. A date that already has a meeting is left alone (the
 * decisions' demo data also creates meetings by date), so loading twice changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class BoardDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BoardDemoData.class);

	/** The meetings and the narrative of their packs: reference data, not code. */
	static final String PACKS = "db/demo/board-packs.properties";

	/** Who writes and publishes the demo packs: the programme manager's account. */
	private static final String AUTHOR = "pmo";

	private final DemoData demoData;

	private final BoardMeetingRepository meetings;

	private final BoardPackRepository packs;

	private final PackComposer composer;

	private final PackFiguresJson json;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	BoardDemoData(DemoData demoData, BoardMeetingRepository meetings, BoardPackRepository packs, PackComposer composer,
			PackFiguresJson json, ProgrammeCalendar calendar, ApplicationEventPublisher events) {
		this.events = events;
		this.demoData = demoData;
		this.meetings = meetings;
		this.packs = packs;
		this.composer = composer;
		this.json = json;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled()) {
			return;
		}
		Properties text = text();
		LocalDate today = this.calendar.today();
		BoardPack previous = null;
		int published = 0;
		int drafts = 0;
		for (String day : text.getProperty("meetings").split(",")) {
			LocalDate date = LocalDate.parse(day.strip());
			if (this.meetings.existsByMeetingDate(date)) {
				continue;
			}
			Instant at = date.isAfter(today) ? this.calendar.now() : this.calendar.endOf(date).minusSeconds(3600);
			BoardMeeting meeting = this.meetings.save(new BoardMeeting(date, text.getProperty(day + ".title"),
					text.getProperty(day + ".attendees"), AUTHOR, at));
			LocalDate asAt = date.isAfter(today) ? today : date;
			BoardPack pack = new BoardPack(meeting.getId(), text.getProperty(day + ".pack"), asAt, AUTHOR, at);
			pack.write(narrative(text, day), AUTHOR, at);
			if (!date.isAfter(today)) {
				PackFigures figures = this.composer.compose(asAt, (previous != null) ? previous.getId() : null,
						(previous != null) ? this.json.read(previous.getFigures()) : null);
				pack.publish(asAt, this.json.write(figures), AUTHOR, at);
				published++;
			}
			else {
				drafts++;
			}
			pack = this.packs.saveAndFlush(pack);
			previous = pack.published() ? pack : previous;
		}
		if (published + drafts == 0) {
			return;
		}
		log.info("Demo data: {} Board packs published and {} drafts", published, drafts);
		this.events.publishEvent(AuditEvent.of("demo-data.loaded", "board", null)
			.by(PersonDirectory.PORTAL)
			.after(Map.of("packsPublished", published, "drafts", drafts)));
	}

	private static Narrative narrative(Properties text, String day) {
		return new Narrative(text.getProperty(day + ".summary", ""), text.getProperty(day + ".recommendations", ""),
				text.getProperty(day + ".equality", ""), text.getProperty(day + ".financial", ""),
				text.getProperty(day + ".background", ""), text.getProperty(day + ".contact", ""));
	}

	private static Properties text() {
		Properties text = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(PACKS).getInputStream(),
				StandardCharsets.UTF_8)) {
			text.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text;
	}

}
