package uk.police.mopi.programme;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

/**
 * Demo data only: forty projects over the five workstreams, with milestones (some
 * achieved, some slipping), dependencies within and across projects, and the gaps each
 * will close, consistent with the demo assessments. Deterministic (seed 2007), and
 * consistent with the calendar's today ({@code mopi.demo-clock.today}): nothing is
 * achieved, dated or recorded after it. The story's dates follow the Home Office key
 * dates: projects start from the quarter of the Capability Assessment and end at the
 * latest a month before the full-compliance deadline.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ProgrammeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);

	private static final Map<Workstream, List<String>> NAMES = Map.of(Workstream.POLICY,
			List.of("Information Management Strategy refresh", "Review, retention and disposal policy",
					"Information Sharing Agreements review", "Protective marking policy", "Data quality standards",
					"Public protection review schedule", "Access and vetting policy", "Records management manual"),
			Workstream.TRAINING,
			List.of("MoPI awareness e-learning", "Review officer training", "Intelligence grading (5x5x5) training",
					"Supervisors' data quality training", "Custody recording course",
					"Information sharing training for partners", "Train-the-trainer programme",
					"Induction module for new staff"),
			Workstream.CULTURE_AND_BEHAVIOUR, List.of("Information champions in senior leadership",
					"MoPI communications campaign", "Recognition for good recording",
					"Local information managers network", "Data quality in the performance framework",
					"Team briefing packs", "Learning from audits", "Information ownership charter"),
			Workstream.BUSINESS_PROCESS,
			List.of("Single review and retention process", "Custody record quality checks",
					"Intelligence dissemination process", "Child protection referral recording",
					"Domestic violence risk assessment recording", "Firearms refusal records process",
					"Disposal decision log", "Audit and dip-sample regime"),
			Workstream.TECHNOLOGY,
			List.of("Review date on creation in the crime system", "Automated review workflow",
					"IMPACT Nominal Index feed", "Police National Database readiness",
					"Records search and retrieval upgrade", "Audit logging on core systems", "Data cleansing tooling",
					"Central MoPI programme team"));

	private static final Map<Workstream, List<String>> SECTIONS = Map.of(Workstream.POLICY,
			List.of("GOV", "RRD", "SHR", "SEC"), Workstream.TRAINING, List.of("TRN", "REC", "EVA"),
			Workstream.CULTURE_AND_BEHAVIOUR, List.of("GOV", "DQ", "AUD"), Workstream.BUSINESS_PROCESS,
			List.of("REC", "CPR", "RRD", "EVA"), Workstream.TECHNOLOGY, List.of("SYS", "RRD", "DQ"));

	private static final List<String> PRIORITY = List.of("CRM", "INT", "CPT", "FRR", "DV", "CUS");

	private static final List<String> OTHERS = List.of("MIS", "RDP", "POR", "CT", "PSD", "CHD", "CSF", "PPU", "MCR",
			"ECR", "CHS", "FOR", "PRP", "LIC", "SAS", "VET");

	/** The sections a workstream's projects work on. */
	static List<String> sectionsOf(String workstream) {
		return SECTIONS.get(Workstream.valueOf(workstream));
	}

	private final DemoData demoData;

	private final JdbcTemplate jdbc;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	private final UserService users;

	private final ApplicationEventPublisher events;

	ProgrammeDemoData(DemoData demoData, JdbcTemplate jdbc, AssessmentQueries assessments, ProgrammeCalendar calendar,
			UserService users, ApplicationEventPublisher events) {
		this.events = events;
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.calendar = calendar;
		this.users = users;
	}

	/**
	 * The dates the demo's story is told against: today and the key dates.
	 *
	 * @param today the calendar's today: nothing happens after it
	 * @param firstStart the earliest project start, the first day of the Capability
	 * Assessment's quarter
	 * @param latestEnd the latest project end, a month before the full-compliance
	 * deadline
	 * @param programmeOfficeStart the programme office starts the day after the Fair
	 * milestone
	 */
	private record Story(LocalDate today, LocalDate firstStart, LocalDate latestEnd, LocalDate programmeOfficeStart) {

		static Story of(ProgrammeCalendar calendar) {
			LocalDate assessment = calendar.capabilityAssessment();
			LocalDate quarter = assessment.withMonth(assessment.getMonth().firstMonthOfQuarter().getValue())
				.withDayOfMonth(1);
			return new Story(calendar.today(), quarter, calendar.fullCompliance().minusMonths(1),
					calendar.fairInPriorityAreas().plusDays(1));
		}

		/** The date, or today when it would be later. */
		LocalDate notAfterToday(LocalDate date) {
			return date.isAfter(this.today) ? this.today : date;
		}

	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled() || this.jdbc.queryForObject("select count(*) from project", Long.class) > 0) {
			return;
		}
		Random random = new Random(2007);
		Story story = Story.of(this.calendar);
		Map<String, Long> people = userIds();
		achieveHomeOfficeMilestones(story);
		List<AssessmentView> gaps = this.assessments.assessments(null, null, null)
			.stream()
			.filter((a) -> a.state().gap())
			.toList();
		List<Long> lastMilestones = new ArrayList<>();
		int number = 0;
		int milestones = 0;
		int deliveries = 0;
		for (Workstream workstream : Workstream.values()) {
			for (String name : NAMES.get(workstream)) {
				number++;
				String code = name.startsWith("Central MoPI") ? "PMO" : String.format("P%02d", number);
				LocalDate start = story.firstStart().plusDays(random.nextInt(600));
				LocalDate end = start.plusDays(365 + random.nextInt(800));
				if (end.isAfter(story.latestEnd())) {
					end = story.latestEnd();
				}
				if ("PMO".equals(code)) {
					start = story.programmeOfficeStart();
					end = story.latestEnd();
				}
				Set<String> areas = areas(random);
				String status = end.isBefore(story.today()) ? "CLOSED"
						: start.isBefore(story.today()) ? "IN_PROGRESS" : "APPROVED";
				Leads leads = Leads.of(workstream, code);
				long projectId = insertProject(code, name, workstream, status, start, end, people.get(leads.sponsor()),
						people.get(leads.manager()), story);
				for (String area : areas) {
					this.jdbc.update("insert into project_area (project_id, business_area_code) values (?, ?)",
							projectId, area);
				}
				int count = 2 + random.nextInt(3);
				long previous = -1;
				for (int m = 1; m <= count; m++) {
					LocalDate baseline = start.plusDays((end.toEpochDay() - start.toEpochDay()) * m / count);
					long id = insertMilestone(projectId, code + "-M" + m, milestoneTitle(workstream, m, count),
							baseline, random, story);
					milestones++;
					if (previous > 0) {
						this.jdbc.update(
								"insert into milestone_dependency (predecessor_id, successor_id, lag_days) values (?, ?, ?)",
								previous, id, random.nextInt(3) * 7);
					}
					previous = id;
					deliveries += traceGaps(id, workstream, areas, gaps, random, (m == count) ? 6 : 2);
				}
				lastMilestones.add(previous);
			}
		}
		for (int i = 0; i + 8 < lastMilestones.size(); i += 4) {
			long successorFirst = this.jdbc.queryForObject(
					"select min(id) from milestone where project_id = (select project_id from milestone where id = ?)",
					Long.class, lastMilestones.get(i + 8));
			this.jdbc.update(
					"insert into milestone_dependency (predecessor_id, successor_id, lag_days) values (?, ?, 0) on conflict do nothing",
					lastMilestones.get(i), successorFirst);
		}
		log.info("Demo data: {} projects, {} milestones, {} traced assessments", number, milestones, deliveries);
		this.events.publishEvent(AuditEvent.of("demo-data.loaded", "programme", null)
			.by("system")
			.after(Map.of("projects", number, "milestones", milestones, "tracedAssessments", deliveries)));
	}

	/** Every person's id by username. */
	private Map<String, Long> userIds() {
		return this.users.users().stream().collect(Collectors.toMap(UserView::username, UserView::id));
	}

	/**
	 * Who sponsors and who manages a workstream's projects (demo accounts): a chief
	 * officer or head of department on the Investment Board, and a project manager from
	 * the programme team. The Board's chair sponsors the central programme team, which
	 * the programme manager runs.
	 */
	private record Leads(String sponsor, String manager) {

		static Leads of(Workstream workstream, String code) {
			if ("PMO".equals(code)) {
				return new Leads("board", "manager.fletcher");
			}
			return switch (workstream) {
				case POLICY -> new Leads("sponsor.ashworth", "manager.lloyd");
				case TRAINING -> new Leads("sponsor.nwosu", "manager.osei");
				case CULTURE_AND_BEHAVIOUR -> new Leads("sponsor.grant", "manager.brennan");
				case BUSINESS_PROCESS -> new Leads("sponsor.devlin", "manager.hartley");
				case TECHNOLOGY -> new Leads("sponsor.cole", "manager.singh");
			};
		}

	}

	/**
	 * The Home Office milestones the force met by today: the Capability Assessment a
	 * month before it was due, Fair compliance two days before, the funded Action Plan
	 * seventeen.
	 */
	private void achieveHomeOfficeMilestones(Story story) {
		Map<String, LocalDate> achieved = new java.util.LinkedHashMap<>();
		achieved.put("HO-2006-CA", this.calendar.capabilityAssessment().minusMonths(1));
		achieved.put("HO-2007-FAIR", this.calendar.fairInPriorityAreas().minusDays(2));
		achieved.put("HO-2007-PLAN", this.calendar.fundedActionPlan().minusDays(17));
		achieved.forEach((code, actual) -> {
			if (actual.isAfter(story.today())) {
				return;
			}
			this.jdbc.update("""
					update milestone set status = 'ACHIEVED', actual_date = ?, forecast_date = ?, version = version + 1,
					       updated_at = ?, updated_by = 'pmo' where code = ?
					""", Date.valueOf(actual), Date.valueOf(actual), at(actual), code);
			this.jdbc.update(
					"""
							insert into milestone_history (milestone_id, field, from_value, to_value, reason, changed_at, changed_by,
							                               baseline_date, forecast_date, actual_date, status)
							select id, 'STATUS', 'PLANNED', 'ACHIEVED', 'Confirmed to the Home Office', ?, 'pmo', baseline_date,
							       forecast_date, actual_date, status from milestone where code = ?
							""",
					at(actual), code);
		});
	}

	private long insertProject(String code, String name, Workstream workstream, String status, LocalDate start,
			LocalDate end, Long sponsor, Long manager, Story story) {
		Timestamp created = at(story.notAfterToday(start.minusDays(30)));
		this.jdbc.update("""
				insert into project (code, name, description, workstream, sponsor_id, manager_id, status, start_date,
				                     end_date, version, created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'pmo', ?, 'pmo')
				""", code, name, "Demo project: " + name + ".", workstream.name(), sponsor, manager, status,
				Date.valueOf(start), Date.valueOf(end), created, created);
		long id = this.jdbc.queryForObject("select id from project where code = ?", Long.class, code);
		this.jdbc.update("""
				insert into project_history (project_id, field, to_value, reason, changed_at, changed_by)
				values (?, 'CREATED', ?, 'Project created', ?, 'pmo')
				""", id, status, created);
		return id;
	}

	private long insertMilestone(long projectId, String code, String title, LocalDate baseline, Random random,
			Story story) {
		LocalDate forecast = baseline;
		LocalDate actual = null;
		String status = "PLANNED";
		int roll = random.nextInt(100);
		if (roll < 30) {
			forecast = baseline.plusDays(14 + random.nextInt(120));
		}
		if (forecast.isBefore(story.today().minusDays(20))) {
			if (roll >= 95) {
				status = "MISSED";
			}
			else {
				status = "ACHIEVED";
				actual = forecast;
			}
		}
		Timestamp planned = at(story.notAfterToday(baseline.minusDays(200)));
		this.jdbc.update(
				"""
						insert into milestone (code, title, description, kind, project_id, baseline_date, forecast_date, actual_date,
						                       status, version, created_at, created_by, updated_at, updated_by)
						values (?, ?, '', 'PROJECT', ?, ?, ?, ?, ?, 0, ?, 'pmo', ?, 'pmo')
						""",
				code, title, projectId, Date.valueOf(baseline), Date.valueOf(forecast),
				(actual != null) ? Date.valueOf(actual) : null, status, planned, planned);
		long id = this.jdbc.queryForObject("select id from milestone where code = ?", Long.class, code);
		history(id, "CREATED", null, baseline.toString(), "Milestone planned", planned, baseline, baseline, null,
				"PLANNED");
		if (!forecast.equals(baseline)) {
			LocalDate when = story.notAfterToday(baseline.minusDays(30));
			history(id, "FORECAST", baseline.toString(), forecast.toString(), "Supplier delivery later than planned",
					at(when), baseline, forecast, null, "PLANNED");
		}
		if (!"PLANNED".equals(status)) {
			history(id, "STATUS", "PLANNED", status,
					"ACHIEVED".equals(status) ? "Signed off by the project board"
							: "Not delivered; replanned in a later milestone",
					at(forecast), baseline, forecast, actual, status);
		}
		return id;
	}

	private void history(long id, String field, String from, String to, String reason, Timestamp when,
			LocalDate baseline, LocalDate forecast, LocalDate actual, String status) {
		this.jdbc.update(
				"""
						insert into milestone_history (milestone_id, field, from_value, to_value, reason, changed_at, changed_by,
						                               baseline_date, forecast_date, actual_date, status)
						values (?, ?, ?, ?, ?, ?, 'pmo', ?, ?, ?, ?)
						""",
				id, field, from, to, reason, when, Date.valueOf(baseline), Date.valueOf(forecast),
				(actual != null) ? Date.valueOf(actual) : null, status);
	}

	private int traceGaps(long milestoneId, Workstream workstream, Set<String> areas, List<AssessmentView> gaps,
			Random random, int wanted) {
		List<String> sections = SECTIONS.get(workstream);
		List<AssessmentView> candidates = gaps.stream()
			.filter((g) -> sections.stream().anyMatch((s) -> g.key().requirementCode().startsWith(s + "-")))
			.filter((g) -> g.key().forceWide() || areas.contains(g.key().areaCode()))
			.collect(Collectors.toList());
		int traced = 0;
		while (traced < wanted && !candidates.isEmpty()) {
			AssessmentView gap = candidates.remove(random.nextInt(candidates.size()));
			traced += this.jdbc.update("""
					insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
					values (?, ?, ?, ?) on conflict do nothing
					""", milestoneId, gap.key().requirementCode(), gap.key().areaCode(), gap.targetLevel().name());
		}
		return traced;
	}

	private static Set<String> areas(Random random) {
		if (random.nextInt(4) == 0) {
			return Set.copyOf(PRIORITY);
		}
		Set<String> areas = new java.util.TreeSet<>();
		areas.add(PRIORITY.get(random.nextInt(PRIORITY.size())));
		areas.add(PRIORITY.get(random.nextInt(PRIORITY.size())));
		if (random.nextBoolean()) {
			areas.add(OTHERS.get(random.nextInt(OTHERS.size())));
		}
		return areas;
	}

	private static String milestoneTitle(Workstream workstream, int m, int count) {
		if (m == count) {
			return "Live across the business areas";
		}
		return switch (workstream) {
			case POLICY -> (m == 1) ? "Policy drafted and consulted on" : "Policy approved by chief officers";
			case TRAINING -> (m == 1) ? "Course designed and piloted" : "First cohorts trained";
			case CULTURE_AND_BEHAVIOUR -> (m == 1) ? "Campaign and champions launched" : "Behaviour survey repeated";
			case BUSINESS_PROCESS -> (m == 1) ? "Process mapped and agreed" : "Process live in the priority areas";
			case TECHNOLOGY -> (m == 1) ? "Design and supplier agreed" : "System change tested";
		};
	}

	/** Ten in the morning of the date, in the force's time zone. */
	private Timestamp at(LocalDate date) {
		return Timestamp.from(date.atTime(10, 0).atZone(this.calendar.zone()).toInstant());
	}

}
