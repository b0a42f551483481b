package uk.police.mopi.programme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delivery confidence overrides need a reason, are the programme team's only, show what
 * the rule gives beside them, and are kept in history.
 */
@PortalTest
@Transactional
class ConfidenceOverrideTest {

	@Autowired
	private DeliveryService delivery;

	@Autowired
	private DeliveryConfidence confidence;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Test
	void shouldOverrideAProjectsConfidenceOnlyWithAReasonAndKeepItInHistory() {
		ProjectView p01 = this.programme.project("P01").orElseThrow();
		assertThatThrownBy(() -> this.delivery.overrideConfidence("P01", p01.version(), Confidence.RED, " ",
				this.accounts.programmeTeam()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.delivery.overrideConfidence("P01", p01.version(), Confidence.RED, "why",
				this.accounts.owner()))
			.isInstanceOf(AccessDeniedException.class);

		this.delivery.overrideConfidence("P01", p01.version(), Confidence.RED, "Supplier in administration",
				this.accounts.programmeTeam());
		DeliveryConfidence.ConfidenceView view = this.confidence.projects().get("P01");
		assertThat(view.confidence()).isEqualTo(Confidence.RED);
		assertThat(view.reason()).isEqualTo("Supplier in administration");
		assertThat(view.overridden()).isTrue();
		assertThat(view.derived()).as("what the rule gives, shown beside the override").isNotNull();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from project_history h join project p on p.id = h.project_id
				where p.code = 'P01' and h.field = 'CONFIDENCE_OVERRIDE' and h.to_value = 'RED'
				""", Integer.class)).isEqualTo(1);
	}

	@Test
	void shouldOverrideTheProgrammesConfidenceWithAReasonAndKeepEverySetting() {
		DeliveryConfidence.ConfidenceView derived = this.confidence.programme(Rag.RED);
		assertThat(derived.overridden()).isFalse();
		assertThatThrownBy(() -> this.confidence.setProgramme(Confidence.GREEN, "", this.accounts.programmeTeam()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.confidence.setProgramme(Confidence.GREEN, "why", this.accounts.board()))
			.isInstanceOf(AccessDeniedException.class);

		this.confidence.setProgramme(Confidence.AMBER, "Re-plan approved by the Board", this.accounts.programmeTeam());
		DeliveryConfidence.ConfidenceView overridden = this.confidence.programme(Rag.RED);
		assertThat(overridden.confidence()).isEqualTo(Confidence.AMBER);
		assertThat(overridden.derived()).isEqualTo(derived.confidence());
		assertThat(overridden.setBy()).isEqualTo("pmo");

		this.confidence.setProgramme(null, "Back to the rule", this.accounts.programmeTeam());
		assertThat(this.confidence.programme(Rag.RED).overridden()).isFalse();
		assertThat(this.confidence.history(10)).extracting(DeliveryConfidence.ProgrammeSetting::confidence)
			.containsExactly(null, Confidence.AMBER);
	}

}
