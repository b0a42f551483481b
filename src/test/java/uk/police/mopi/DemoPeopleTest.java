package uk.police.mopi;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.police.mopi.businessarea.AreaOwnerDirectory;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.PersonDirectory;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's people: every business area has an owner, the projects have sponsors and
 * managers who are not the Board member, and every name a history records is an account's
 * (or the portal's own, for what no person did).
 */
@PortalTest
class DemoPeopleTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private BusinessAreaService areas;

	@Autowired
	private AreaOwnerDirectory owners;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void shouldGiveEveryBusinessAreaAnOwner() {
		Map<String, List<String>> owners = this.owners.ownersByArea();
		List<String> areas = this.areas.areas().stream().map(BusinessAreaView::code).toList();
		assertThat(areas).hasSize(22);
		assertThat(areas).allSatisfy((area) -> assertThat(owners.get(area)).as("owners of " + area).isNotEmpty());
		assertThat(owners.get("CUS")).containsExactly("Chris Ode");
	}

	@Test
	void shouldGiveEachPriorityAreaAnOwnerOfItsOwnWhoSignsInWithTheDemoPassword() {
		List<String> priority = this.areas.areas()
			.stream()
			.filter(BusinessAreaView::priority)
			.map(BusinessAreaView::code)
			.toList();
		List<String> owners = this.jdbc.sql("""
				select distinct u.username from app_user u join business_area_owner o on o.user_id = u.id
				where o.business_area_code in (:areas) and u.role = 'AREA_OWNER' and u.enabled
				  and not u.password_change_required
				""").param("areas", priority).query(String.class).list();
		assertThat(priority).hasSize(6);
		assertThat(owners).hasSize(6).contains("owner.custody");
		List<String> hashes = this.jdbc.sql("select distinct password_hash from app_user where username in (:owners)")
			.param("owners", owners)
			.query(String.class)
			.list();
		assertThat(hashes).isNotEmpty()
			.allSatisfy((hash) -> assertThat(this.passwords.matches(DemoData.DEMO_PASSWORD, hash)).isTrue());
	}

	@Test
	void shouldGiveProjectsSponsorsAndManagersOtherThanTheBoardMember() {
		record People(String role, String sponsor, String manager) {
		}
		List<People> projects = this.jdbc.sql("""
				select s.role, s.username as sponsor, m.username as manager
				from project p join app_user s on s.id = p.sponsor_id join app_user m on m.id = p.manager_id
				""").query(People.class).list();
		assertThat(projects).hasSize(40);
		assertThat(projects).extracting(People::manager).doesNotContain("board");
		assertThat(projects).extracting(People::sponsor).filteredOn("board"::equals).hasSizeLessThanOrEqualTo(1);
		assertThat(projects.stream().map(People::sponsor).distinct()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(projects.stream().map(People::manager).distinct()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.sql("""
				select distinct u.role from project p join app_user u on u.id = p.manager_id
				""").query(String.class).list()).containsExactly("PROGRAMME_TEAM");
	}

	/**
	 * Every person a table names as having done something has an account: no history of
	 * the demo names someone who does not exist. The portal's own changes are recorded as
	 * {@value PersonDirectory#PORTAL}.
	 */
	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "assessment_history, changed_by", "assessment, assessed_by", "assessment, updated_by",
			"assessment_proposal, proposed_by", "assessment_proposal, decided_by", "assessment_evidence, added_by",
			"assessment_evidence, removed_by", "milestone_history, changed_by", "milestone, updated_by",
			"project_history, changed_by", "project, created_by", "project, updated_by", "budget_history, changed_by",
			"budget_line, updated_by", "board_decision, recorded_by", "catalogue_version, imported_by" })
	void shouldNameOnlyPeopleWithAnAccount(String table, String column) {
		List<String> unknown = this.jdbc
			.sql("select distinct " + column + " from " + table + " where " + column + " is not null and " + column
					+ " <> :portal and " + column + " not in (select username from app_user)")
			.param("portal", PersonDirectory.PORTAL)
			.query(String.class)
			.list();
		assertThat(unknown).as("names in %s.%s with no account", table, column).isEmpty();
	}

	/**
	 * The audit trail of loading the demo (every row up to the last loader's
	 * {@code demo-data.loaded}) names only accounts and the portal; later rows are the
	 * tests' own, sign-in attempts as unknown names among them.
	 */
	@Test
	void shouldNameOnlyPeopleWithAnAccountInTheDemosAuditTrail() {
		List<String> unknown = this.jdbc.sql("""
				select distinct actor from audit_event
				where id <= (select max(id) from audit_event where action = 'demo-data.loaded')
				  and actor <> :portal and actor not in (select username from app_user)
				""").param("portal", PersonDirectory.PORTAL).query(String.class).list();
		assertThat(unknown).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'demo-data.loaded'")
			.query(Long.class)
			.single()).isPositive();
	}

}
