package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/**
 * Board meetings and their packs: the programme team creates a meeting, drafts its pack,
 * writes the narrative and publishes it, which freezes the figures for good. A draft's
 * figures are as at the meeting's date or today, whichever is earlier (a pack cannot
 * report figures that do not exist yet), composed live until it is published; publishing
 * composes them once more as at that date and stores them. A published pack refuses every
 * change. Who may call what is declared on the handlers (programme team writes; the
 * Board, programme team and administrators read).
 */
@Service
@Transactional(readOnly = true)
public class BoardPacks {

	static final int TITLE_MAX = 200;

	static final int ATTENDEES_MAX = 2000;

	static final int TEXT_MAX = 20_000;

	static final int CONTACT_MAX = 500;

	private final BoardMeetingRepository meetings;

	private final BoardPackRepository packs;

	private final PackComposer composer;

	private final PackFiguresJson json;

	private final ProgrammeCalendar calendar;

	private final JdbcClient jdbc;

	BoardPacks(BoardMeetingRepository meetings, BoardPackRepository packs, PackComposer composer, PackFiguresJson json,
			ProgrammeCalendar calendar, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.packs = packs;
		this.composer = composer;
		this.json = json;
		this.calendar = calendar;
	}

	/**
	 * A meeting with its packs.
	 *
	 * @param meeting the meeting
	 * @param packs its packs, oldest first
	 */
	public record MeetingPage(MeetingView meeting, List<PackView> packs) {
	}

	/** Every meeting, latest first. */
	public List<MeetingView> meetings() {
		return this.meetings.findAllByOrderByMeetingDateDescIdDesc().stream().map(MeetingView::of).toList();
	}

	/** A meeting and its packs. */
	public MeetingPage meeting(long id) {
		MeetingView meeting = MeetingView.of(existingMeeting(id));
		return new MeetingPage(meeting,
				this.packs.findByMeetingIdOrderByIdAsc(id).stream().map((p) -> view(p, meeting)).toList());
	}

	/** Every pack, latest first. */
	public List<PackView> packs() {
		Map<Long, MeetingView> byId = meetings().stream()
			.collect(Collectors.toMap(MeetingView::id, Function.identity()));
		return this.packs.findAllByOrderByAsAtDescIdDesc()
			.stream()
			.map((p) -> view(p, byId.get(p.getMeetingId())))
			.toList();
	}

	/** A pack without its figures. */
	public PackView pack(long id) {
		BoardPack pack = existingPack(id);
		return view(pack, MeetingView.of(existingMeeting(pack.getMeetingId())));
	}

	/**
	 * A pack with its figures: frozen when published, composed now when a draft (without
	 * its chart, which {@code web.PackTrajectorySvg#charted} draws).
	 */
	@Transactional
	public PackPage page(long id) {
		PackView pack = pack(id);
		return new PackPage(pack, figures(id), null);
	}

	/**
	 * The figures of a pack: the frozen ones of a published pack, or for a draft those
	 * composed now as at its date with the changes since the last published pack.
	 */
	@Transactional
	public PackFigures figures(long id) {
		BoardPack pack = existingPack(id);
		if (pack.published()) {
			return this.json.read(pack.getFigures());
		}
		return compose(pack, asAt(existingMeeting(pack.getMeetingId()).getMeetingDate()));
	}

	/** The assessments of a pack's figures behind one of its counts. */
	@Transactional
	public PackLists.Cells cells(long id, String area, String section, String level) {
		PackPage page = page(id);
		return PackLists.cells(page.pack(), page.figures(), area, section, level);
	}

	/**
	 * The milestones of a pack's figures: all, homeOffice, overdue, coming or achieved.
	 */
	@Transactional
	public PackLists.Milestones milestones(long id, String list) {
		PackPage page = page(id);
		return PackLists.milestones(page.pack(), page.figures(), list);
	}

	/** The projects of a pack's figures, of one RAG and/or one delivery confidence. */
	@Transactional
	public PackLists.Projects projects(long id, String rag, String confidence) {
		PackPage page = page(id);
		return PackLists.projects(page.pack(), page.figures(), rag, confidence);
	}

	/** The budget lines and decisions of a pack's figures, of one year or all. */
	@Transactional
	public PackLists.Budget budget(long id, String year) {
		PackPage page = page(id);
		return PackLists.budget(page.pack(), page.figures(), year);
	}

	/** Creates a meeting; returns its id. */
	@Transactional
	public long createMeeting(LocalDate date, String title, String attendees, PortalUser actor) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (date == null) {
			problems.add("meetingDate", "input.required");
		}
		problems.text("title", title, TITLE_MAX).optionalText("attendees", attendees, ATTENDEES_MAX).throwIfAny();
		return this.meetings
			.save(new BoardMeeting(date, title.strip(), (attendees != null) ? attendees.strip() : "",
					actor.getUsername(), this.calendar.now()))
			.getId();
	}

	/** Creates a draft pack for a meeting; returns its id. */
	@Transactional
	public long createDraft(long meetingId, String title, PortalUser actor) {
		BoardMeeting meeting = existingMeeting(meetingId);
		new InvalidInputException.Problems().text("title", title, TITLE_MAX).throwIfAny();
		return this.packs
			.save(new BoardPack(meeting.getId(), title.strip(), asAt(meeting.getMeetingDate()), actor.getUsername(),
					this.calendar.now()))
			.getId();
	}

	/**
	 * Creates a draft pack for the meeting on a date, creating the meeting (titled as the
	 * pack) when there is none that day; returns the pack's id.
	 */
	@Transactional
	public long createDraft(LocalDate meetingDate, String title, PortalUser actor) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (meetingDate == null) {
			problems.add("meetingDate", "input.required");
		}
		problems.text("title", title, TITLE_MAX).throwIfAny();
		Optional<BoardMeeting> meeting = this.meetings.findFirstByMeetingDateOrderByIdAsc(meetingDate);
		long meetingId = meeting.isPresent() ? meeting.get().getId() : createMeeting(meetingDate, title, "", actor);
		return createDraft(meetingId, title, actor);
	}

	/** Rewrites a draft's narrative; refused for a published pack or a stale version. */
	@Transactional
	public void write(long id, long version, Narrative narrative, PortalUser actor) {
		BoardPack pack = existingPack(id);
		refuseIfPublished(pack);
		new InvalidInputException.Problems().optionalText("summary", narrative.summary(), TEXT_MAX)
			.optionalText("recommendations", narrative.recommendations(), TEXT_MAX)
			.optionalText("equality", narrative.equality(), TEXT_MAX)
			.optionalText("financial", narrative.financial(), TEXT_MAX)
			.optionalText("background", narrative.background(), TEXT_MAX)
			.optionalText("contact", narrative.contact(), CONTACT_MAX)
			.throwIfAny();
		if (pack.isStale(version)) {
			throw stale(pack, narrative);
		}
		pack.write(stripped(narrative), actor.getUsername(), this.calendar.now());
		this.packs.flush();
	}

	/**
	 * Publishes a draft: composes its figures as at the meeting's date or today,
	 * whichever is earlier, with the changes since the last published pack, and freezes
	 * them. Refused for a pack already published.
	 */
	@Transactional
	public void publish(long id, PortalUser actor) {
		BoardPack pack = existingPack(id);
		refuseIfPublished(pack);
		LocalDate asAt = asAt(existingMeeting(pack.getMeetingId()).getMeetingDate());
		PackFigures figures = compose(pack, asAt);
		pack.publish(figures.asAt(), this.json.write(figures), actor.getUsername(), this.calendar.now());
		this.packs.flush();
	}

	private PackFigures compose(BoardPack pack, LocalDate asAt) {
		BoardPack previous = this.jdbc.sql("""
				select id from board_pack where status = 'PUBLISHED' and id <> :id and as_at <= :asAt
				order by as_at desc, published_at desc, id desc limit 1
				""")
			.param("id", pack.getId())
			.param("asAt", asAt)
			.query(Long.class)
			.optional()
			.flatMap(this.packs::findById)
			.orElse(null);
		return this.composer.compose(asAt, (previous != null) ? previous.getId() : null,
				(previous != null) ? this.json.read(previous.getFigures()) : null);
	}

	private LocalDate asAt(LocalDate meetingDate) {
		LocalDate today = this.calendar.today();
		return meetingDate.isBefore(today) ? meetingDate : today;
	}

	private static void refuseIfPublished(BoardPack pack) {
		if (pack.published()) {
			throw InvalidInputException.of("status", "board.pack.published");
		}
	}

	private static Narrative stripped(Narrative n) {
		return new Narrative(strip(n.summary()), strip(n.recommendations()), strip(n.equality()), strip(n.financial()),
				strip(n.background()), strip(n.contact()));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static ConcurrentChangeException stale(BoardPack pack, Narrative yours) {
		Narrative theirs = pack.narrative();
		return ConcurrentChangeException.on("board.subject.pack", pack.getTitle())
			.changedBy(pack.getUpdatedBy(), pack.getUpdatedAt(), pack.getVersion())
			.field("summary", "board.narrative.summary", theirs.summary(), yours.summary())
			.field("recommendations", "board.narrative.recommendations", theirs.recommendations(),
					yours.recommendations())
			.field("equality", "board.narrative.equality", theirs.equality(), yours.equality())
			.field("financial", "board.narrative.financial", theirs.financial(), yours.financial())
			.field("background", "board.narrative.background", theirs.background(), yours.background())
			.field("contact", "board.narrative.contact", theirs.contact(), yours.contact())
			.currentPath("/board/packs/" + pack.getId() + "/edit")
			.build();
	}

	private PackView view(BoardPack p, MeetingView meeting) {
		LocalDate asAt = p.published() ? p.getAsAt() : asAt(meeting.meetingDate());
		return new PackView(p.getId(), meeting, p.getTitle(), asAt, p.getStatus(), p.narrative(), p.getPublishedAt(),
				p.getPublishedBy(), p.getVersion());
	}

	private BoardMeeting existingMeeting(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException("No Board meeting " + id));
	}

	private BoardPack existingPack(long id) {
		return this.packs.findById(id).orElseThrow(() -> new NotFoundException("No Board pack " + id));
	}

}
