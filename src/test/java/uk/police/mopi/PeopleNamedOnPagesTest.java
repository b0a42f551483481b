package uk.police.mopi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages name people by their names, not the usernames the records keep. */
@PortalTest
@Transactional
class PeopleNamedOnPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void shouldNameWhoChangedAnAssessmentInItsHistory() throws Exception {
		String cell = this.jdbc.sql("""
				select a.requirement_code || '/' || coalesce(a.area_code, 'FORCE') from assessment a
				where exists (select 1 from assessment_history h where h.assessment_id = a.id
				              and h.changed_by = 'analyst.khan')
				order by a.requirement_code, a.area_code limit 1
				""").query(String.class).single();
		this.mvc.perform(get("/assessments/" + cell).with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aisha Khan")))
			.andExpect(content().string(not(containsString("analyst.khan"))));
	}

	@Test
	void shouldNameTheSponsorAndManagerOfAProject() throws Exception {
		this.mvc.perform(get("/projects/P01").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Margaret Ashworth")))
			.andExpect(content().string(containsString("Bethan Lloyd")))
			.andExpect(content().string(not(containsString("Bernadette Oakes"))));
	}

	/** Outside a transaction: the trail is written as a transaction commits. */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void shouldNameWhoDidWhatInTheAuditTrailWithTheirUsername() throws Exception {
		String action = "test.people." + System.nanoTime();
		this.events.publishEvent(AuditEvent.of(action, "test", "1").by("analyst.jones"));
		this.mvc.perform(get("/admin/audit").param("action", action).with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gareth Jones (analyst.jones)")));
		this.mvc.perform(get("/admin/audit").param("action", "demo-data.loaded").with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The portal (automatic)")));
	}

}
