package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.DeliveryConfidence.ConfidenceView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * The register of the Board's decisions: each with its meeting, the published pack it was
 * made on and the frozen figures of that pack, and whether a material change since that
 * pack ({@link MaterialChange}) means it should be revisited. The whole register is read
 * in a fixed number of statements, whatever the number of decisions. Recording is
 * {@link DecisionRecorder}, the form's choices {@link DecisionChoices}.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRegister {

	private final DecisionRecords records;

	private final ProgrammeService programme;

	private final DeliveryConfidence confidence;

	private final FinanceService finance;

	private final ProgrammeCalendar calendar;

	DecisionRegister(DecisionRecords records, ProgrammeService programme, DeliveryConfidence confidence,
			FinanceService finance, ProgrammeCalendar calendar) {
		this.records = records;
		this.programme = programme;
		this.confidence = confidence;
		this.finance = finance;
		this.calendar = calendar;
	}

	/**
	 * The register as filtered.
	 *
	 * @param decisions the decisions shown, latest first
	 * @param years every year with a decision
	 * @param meetings every meeting
	 * @param year the year filtered on, or null
	 * @param meeting the meeting filtered on, or null
	 * @param revisitOnly only those to be revisited
	 * @param total how many decisions the register holds
	 */
	public record Register(List<DecisionView> decisions, List<String> years, List<MeetingOption> meetings, String year,
			Long meeting, boolean revisitOnly, int total) {
	}

	/**
	 * A Board meeting as a choice.
	 *
	 * @param id id
	 * @param date its date
	 * @param title its title
	 */
	public record MeetingOption(long id, LocalDate date, String title) {
	}

	/**
	 * The register, of one year and/or one meeting, optionally only the decisions to be
	 * revisited: six statements.
	 */
	public Register register(String year, Long meeting, boolean revisitOnly) {
		List<DecisionView> all = marked(this.records.decisions(null, null));
		List<DecisionView> shown = all.stream()
			.filter((d) -> year == null || year.equals(d.financialYear()))
			.filter((d) -> meeting == null || meeting.equals(d.meetingId()))
			.filter((d) -> !revisitOnly || d.toBeRevisited())
			.toList();
		List<String> years = List.copyOf(new TreeSet<>(all.stream().map(DecisionView::financialYear).toList()));
		return new Register(shown, years, meetings(), year, meeting, revisitOnly, all.size());
	}

	/** Every decision with its reasons to revisit. */
	public List<DecisionView> decisions(String year, Long meeting) {
		return marked(this.records.decisions(year, meeting));
	}

	public Optional<DecisionView> decision(long id) {
		return this.records.decision(id).map((d) -> marked(List.of(d)).get(0));
	}

	/** Every meeting, latest first. */
	public List<MeetingOption> meetings() {
		return this.records.meetings()
			.stream()
			.map((m) -> new MeetingOption(m.id(), m.meetingDate(), m.title()))
			.toList();
	}

	private List<DecisionView> marked(List<DecisionView> decisions) {
		Map<Long, PackFigures> packs = this.records
			.figures(decisions.stream().map(DecisionView::packId).filter(Objects::nonNull).distinct().toList());
		MaterialChange change = new MaterialChange(projectsNow(), yearsNow(), this.calendar.fullCompliance());
		return decisions.stream()
			.map((d) -> d.withReasons(change.reasons(d, (d.packId() != null) ? packs.get(d.packId()) : null)))
			.toList();
	}

	private Map<String, ProjectView> projectsNow() {
		return this.programme.projects()
			.stream()
			.collect(Collectors.toMap(ProjectView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private Map<String, YearTotals> yearsNow() {
		Map<String, YearTotals> years = new HashMap<>();
		this.finance.totals(null).forEach((y) -> years.put(y.financialYear(), y));
		return years;
	}

	/**
	 * A decision with the frozen figures of its pack beside the same figures now.
	 */
	public Optional<DecisionDetail> detail(long id) {
		return this.records.decision(id).map(this::detail);
	}

	private DecisionDetail detail(DecisionView decision) {
		PackFigures figures = (decision.packId() != null)
				? this.records.figures(List.of(decision.packId())).get(decision.packId()) : null;
		Map<String, ProjectView> projects = projectsNow();
		Map<String, YearTotals> years = yearsNow();
		DecisionView marked = decision.withReasons(
				new MaterialChange(projects, years, this.calendar.fullCompliance()).reasons(decision, figures));
		DecisionDetail.PackReference pack = (decision.packId() != null) ? this.records.pack(decision.packId())
			.map((p) -> new DecisionDetail.PackReference(p.id(), p.title(), p.asAt()))
			.orElse(null) : null;
		Map<String, ConfidenceView> confidenceNow = this.confidence
			.projects(decision.projects().stream().map(projects::get).filter(Objects::nonNull).toList());
		List<DecisionDetail.ProjectThenNow> rows = new ArrayList<>();
		for (String code : decision.projects()) {
			PackFigures.ProjectRow then = (figures != null && figures.projects() != null)
					? figures.projects().stream().filter((p) -> code.equals(p.code())).findFirst().orElse(null) : null;
			ProjectView now = projects.get(code);
			ConfidenceView confidence = confidenceNow.get(code);
			rows.add(new DecisionDetail.ProjectThenNow(code,
					(now != null) ? now.name() : (then != null) ? then.name() : code,
					(then != null) ? then.rag() : null, (then != null) ? then.confidence() : null,
					(now != null) ? now.rag() : null, (confidence != null) ? confidence.confidence() : null));
		}
		PackFigures.BudgetYear yearInPack = (figures != null && figures.budget() != null) ? figures.budget()
			.stream()
			.filter((y) -> decision.financialYear().equals(y.financialYear()))
			.findFirst()
			.orElse(null) : null;
		return new DecisionDetail(marked, pack, (figures != null) ? DecisionDetail.Shares.of(figures.headline()) : null,
				yearInPack, years.get(decision.financialYear()), rows);
	}

}
