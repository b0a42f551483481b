package uk.police.mopi.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator browses, filters, exports and verifies the trail. Rows are committed
 * (the trail is written just before a commit), so filters name this test's own actor.
 */
@PortalTest
class AuditPagesTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldFilterByWhoAndShowDetailsNewestFirst() throws Exception {
		String actor = "pages." + System.nanoTime();
		this.events.publishEvent(AuditEvent.of("budget.export", "budget", "2008/09").by(actor));
		this.events.publishEvent(AuditEvent.of("project.changed", "project", "P01")
			.by(actor)
			.before(Map.of("name", "Old <b>name</b>"))
			.after(Map.of("name", "New name")));
		this.mvc.perform(get("/admin/audit").param("who", actor).with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 rows, page 1 of 1")))
			.andExpect(content().string(containsString("Old &lt;b&gt;name&lt;/b&gt;")))
			.andExpect(content().string(containsString("<details class=\"govuk-details portal-audit-details\"")))
			.andExpect(content().string(not(containsString("Old <b>"))))
			.andExpect((result) -> {
				String page = result.getResponse().getContentAsString();
				assertThat(page.indexOf("project.changed")).isLessThan(page.indexOf("budget.export"));
			});
		this.mvc.perform(
				get("/admin/audit").param("who", actor).param("action", "project").with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("1 row, page 1 of 1")));
		this.mvc
			.perform(get("/admin/audit").param("subject", "P01").param("who", actor).with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("1 row, page 1 of 1")));
	}

	@Test
	void shouldRefuseDatesOutside2000To2100OnTheirFields() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("from", "1999-12-31")
				.param("to", "2101-01-01")
				.with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Audit trail")))
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("href=\"#to\"")))
			.andExpect(content().string(containsString("a date between 2000 and 2100")));
		this.mvc.perform(get("/admin/audit").param("from", "0000-01-01").with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("a date between 2000 and 2100")));
		this.mvc.perform(get("/admin/audit").param("from", "not-a-date").with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("Enter a real date")));
		this.mvc.perform(get("/admin/audit/export").param("to", "2101-01-01").with(user(this.accounts.admin())))
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(content().string(containsString("a date between 2000 and 2100")));
	}

	@Test
	void shouldPageWithGovukPagination() throws Exception {
		String actor = "paging." + System.nanoTime();
		for (int i = 0; i < AuditTrail.PAGE_SIZE + 1; i++) {
			this.events.publishEvent(AuditEvent.of("test.paging", "test", i).by(actor));
		}
		this.mvc.perform(get("/admin/audit").param("who", actor).with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("51 rows, page 1 of 2")))
			.andExpect(content().string(containsString("govuk-pagination__next")));
		this.mvc.perform(get("/admin/audit").param("who", actor).param("page", "2").with(user(this.accounts.admin())))
			.andExpect(content().string(containsString("51 rows, page 2 of 2")))
			.andExpect(content().string(containsString("govuk-pagination__prev")));
	}

	@Test
	void shouldExportTheFilteredRowsAsCsvAndRecordTheExport() throws Exception {
		String actor = "export." + System.nanoTime();
		this.events.publishEvent(AuditEvent.of("test.export", "test", "=cmd|' /C calc'!A0").by(actor));
		String csv = this.mvc.perform(get("/admin/audit/export").param("who", actor).with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audit-trail.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).startsWith("id,at,actor,address,action,subject_type,subject_id,outcome,details,prev_hash,hash")
			.contains(actor, "test.export", "'=cmd");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where action = 'audit.export' order by id desc limit 1", String.class))
			.contains("\"who\":\"" + actor + "\"", "\"rows\":1");
	}

	@Test
	void shouldVerifyTheChainAndSayItIsIntact() throws Exception {
		this.mvc.perform(post("/admin/audit/verify").with(csrf()).with(user(this.accounts.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chain is intact")))
			.andExpect(content().string(containsString("id=\"head-hash\"")));
	}

	@Test
	void shouldRefuseEveryoneButAdministrators() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit/export").with(user(this.accounts.board())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/audit/verify").with(csrf()).with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());
	}

}
