package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.RecordedRaises;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

/**
 * Demo data only, after the programme's ({@link ProgrammeDemoData}): most achieved
 * milestones raised most of the assessments they trace. A few days after each milestone's
 * actual date the area's owner (where the area has one) proposed the planned level and
 * the programme team accepted it, or the programme team recorded it. About one milestone
 * in eight delivered nothing and about one trace in twelve stayed below plan; those
 * achieved over the grace period ago are flagged "not delivered". The choice is a
 * deterministic function of the milestone and the assessment, so running again changes
 * nothing. Written through the assessment module's {@link RecordedRaises}, which moves a
 * raise that would fall before the assessment's last recorded change to the day after it,
 * and skips one that would then fall after today.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class DeliveryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDemoData.class);

	/** One milestone in this many delivered nothing. */
	private static final int MILESTONES_UNDELIVERED = 8;

	/** One trace in this many stayed below plan. */
	private static final int TRACES_UNDELIVERED = 12;

	private static final String[] EVIDENCE = {
			"Milestone delivered: procedure live and a dip sample of 20 records passed",
			"Milestone delivered: system change live; audit report confirms use in the area",
			"Milestone delivered: staff trained and records checked at the monthly compliance meeting" };

	private final DemoData demoData;

	private final DeliveryFollowUp followUp;

	private final RecordedRaises raises;

	private final ProgrammeCalendar calendar;

	private final UserService users;

	private final ApplicationEventPublisher events;

	DeliveryDemoData(DemoData demoData, DeliveryFollowUp followUp, RecordedRaises raises, ProgrammeCalendar calendar,
			UserService users, ApplicationEventPublisher events) {
		this.demoData = demoData;
		this.followUp = followUp;
		this.raises = raises;
		this.calendar = calendar;
		this.users = users;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled()) {
			return;
		}
		Map<String, String> owners = owners();
		LocalDate today = this.calendar.today();
		List<RecordedRaises.Raise> wanted = new ArrayList<>();
		for (DeliveryFollowUp.Undelivered trace : this.followUp.undelivered(null)) {
			if (trace.projectCode() == null || stays(trace)) {
				continue;
			}
			LocalDate day = trace.achievedOn().plusDays(3 + Math.floorMod(hash(trace), 8));
			if (day.isAfter(today)) {
				continue;
			}
			String owner = (trace.key().areaCode() != null) ? owners.get(trace.key().areaCode()) : null;
			// The text names no milestone: force-wide assessments are read by every area
			// owner,
			// who must not see the codes of projects outside their areas.
			wanted.add(new RecordedRaises.Raise(trace.key(), trace.plannedLevel(), day, owner, "pmo",
					EVIDENCE[Math.floorMod(hash(trace), EVIDENCE.length)]));
		}
		int recorded = this.raises.record(wanted);
		if (recorded > 0) {
			log.info("Demo data: {} traced assessments raised by their achieved milestones", recorded);
			this.events.publishEvent(AuditEvent.of("demo-data.loaded", "delivery", null)
				.by("system")
				.after(Map.of("raisedAssessments", recorded)));
		}
	}

	/**
	 * Whether this trace stays below plan: its milestone delivered nothing, or it did
	 * not.
	 */
	private static boolean stays(DeliveryFollowUp.Undelivered trace) {
		return Math.floorMod(trace.milestoneCode().hashCode(), MILESTONES_UNDELIVERED) == 0
				|| Math.floorMod(hash(trace), TRACES_UNDELIVERED) == 0;
	}

	private static int hash(DeliveryFollowUp.Undelivered trace) {
		return (trace.milestoneCode() + "/" + trace.key()).hashCode();
	}

	/** Each area's first owner by username, for the areas that have one. */
	private Map<String, String> owners() {
		Map<String, String> owners = new HashMap<>();
		this.users.users()
			.stream()
			.filter((user) -> user.role() == Role.AREA_OWNER && user.enabled())
			.sorted(java.util.Comparator.comparing(UserView::username))
			.forEach((user) -> user.ownedAreas().forEach((area) -> owners.putIfAbsent(area, user.username())));
		return owners;
	}

}
