package uk.police.mopi.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.dashboard.DeliveryPages;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A milestone recorded as achieved asks the owners of the assessments it traces, still
 * below plan, to propose the planned level; after the grace period such a trace is "not
 * delivered" and leaves the plan line.
 */
@PortalTest
@Transactional
class DeliveryFollowUpTest {

	@Autowired
	private DeliveryService delivery;

	@Autowired
	private DeliveryFollowUp followUp;

	@Autowired
	private PlannedDeliveries planned;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private UserService users;

	@Autowired
	private DeliveryPages pages;

	@Test
	void shouldAskTheOwnerToProposeWithinTheGracePeriodAndShowNobodyElse() throws Exception {
		Trace trace = achievedTrace(3);
		DeliveryFollowUp.Undelivered found = this.followUp.undelivered(null)
			.stream()
			.filter((u) -> u.key().equals(trace.key()) && u.milestoneCode().equals(trace.milestone()))
			.findFirst()
			.orElseThrow();
		assertThat(found.awaitingProposal()).isTrue();
		assertThat(this.planned.open()).anyMatch((o) -> o.key().equals(trace.key()) && o.inPlan());

		String expected = "Delivered by " + trace.milestone() + ": propose Good with evidence";
		assertThat(page("/dashboard/areas/CUS", this.accounts.owner())).contains(expected)
			.contains(trace.key().requirementCode() + "/CUS#proposedLevel");
		assertThat(page("/", this.accounts.owner())).contains(expected);
		assertThat(page("/delivery/follow-up", this.accounts.programmeTeam())).contains(expected);
		this.users.create(new NewUser("owner.mis.followup", "Owner of Missing Persons", "a-long-enough-password",
				Role.AREA_OWNER, Set.of("MIS")), "test");
		assertThat(this.pages.followUp(this.accounts.named("owner.mis.followup")).awaiting())
			.noneMatch((u) -> u.key().equals(trace.key()));
	}

	@Test
	void shouldFlagATraceNotDeliveredAfterTheGracePeriodAndTakeItOutOfThePlan() throws Exception {
		long notDeliveredBefore = this.followUp.undelivered(null)
			.stream()
			.filter(DeliveryFollowUp.Undelivered::notDelivered)
			.count();
		Trace trace = achievedTrace(this.followUp.graceDays() + 10);
		assertThat(this.followUp.undelivered(null)).filteredOn(DeliveryFollowUp.Undelivered::notDelivered)
			.hasSize((int) notDeliveredBefore + 1)
			.anyMatch((u) -> u.key().equals(trace.key()));
		assertThat(this.planned.open()).noneMatch((o) -> o.key().equals(trace.key()) && o.inPlan());
		assertThat(page("/projects/" + trace.project(), this.accounts.programmeTeam())).contains("Not delivered");
		assertThat(page("/dashboard/areas/CUS", this.accounts.owner())).contains("Not delivered")
			.doesNotContain("Delivered by " + trace.milestone());
		assertThat(page("/dashboard", this.accounts.board()))
			.contains((notDeliveredBefore + 1) + " traced assessments not delivered");
	}

	private record Trace(String project, String milestone, CellKey key) {
	}

	/**
	 * Traces a Custody assessment below Good to a planned milestone of a project touching
	 * Custody, at Good, as that milestone's only trace and the assessment's only one,
	 * then records the milestone as achieved this many days ago.
	 */
	private Trace achievedTrace(int daysAgo) {
		Map<String, Object> milestone = this.jdbc.queryForMap("""
				select m.code, m.version, p.code as project from milestone m join project p on p.id = m.project_id
				join project_area a on a.project_id = p.id and a.business_area_code = 'CUS'
				where m.status = 'PLANNED' order by m.code limit 1
				""");
		List<String> requirements = this.jdbc.queryForList("""
				select requirement_code from assessment
				where area_code = 'CUS' and applicable and level in ('NOT_MET', 'FAIR') and requirement_code <> 'RRD-07'
				  and id not in (select assessment_id from assessment_proposal where status = 'PENDING')
				order by requirement_code limit 1
				""", String.class);
		CellKey key = new CellKey(requirements.get(0), "CUS");
		String code = (String) milestone.get("code");
		this.jdbc.update(
				"""
						delete from milestone_delivery
						where (requirement_code = ? and area_code = 'CUS') or milestone_id = (select id from milestone where code = ?)
						""",
				key.requirementCode(), code);
		PortalUser pmo = this.accounts.programmeTeam();
		this.delivery.addDelivery(code, key.requirementCode(), "CUS", "GOOD", pmo);
		this.delivery.recordOutcome(code, (Long) milestone.get("version"), true,
				this.calendar.today().minusDays(daysAgo), "Signed off by the project board", pmo);
		return new Trace((String) milestone.get("project"), code, key);
	}

	private String page(String path, PortalUser who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
