package uk.police.mopi.programme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented rule for delivery confidence. */
class ConfidenceRuleTest {

	@Test
	void shouldStartAProjectFromItsRagAndGoOnePointWorsePerConcern() {
		assertThat(ConfidenceRule.project(Rag.GREEN, false, false)).isEqualTo(Confidence.GREEN);
		assertThat(ConfidenceRule.project(Rag.GREEN, true, false)).isEqualTo(Confidence.AMBER_GREEN);
		assertThat(ConfidenceRule.project(Rag.GREEN, true, true)).isEqualTo(Confidence.AMBER);
		assertThat(ConfidenceRule.project(Rag.AMBER, false, false)).isEqualTo(Confidence.AMBER);
		assertThat(ConfidenceRule.project(Rag.AMBER, false, true)).isEqualTo(Confidence.AMBER_RED);
		assertThat(ConfidenceRule.project(Rag.RED, false, false)).isEqualTo(Confidence.AMBER_RED);
		assertThat(ConfidenceRule.project(Rag.RED, true, true)).isEqualTo(Confidence.RED);
	}

	@Test
	void shouldStartTheProgrammeFromTheStatusOfFullCompliance() {
		assertThat(ConfidenceRule.programme(Rag.GREEN, 0, 0, 40)).isEqualTo(Confidence.GREEN);
		assertThat(ConfidenceRule.programme(Rag.GREEN, 3, 0, 40)).isEqualTo(Confidence.AMBER_GREEN);
		assertThat(ConfidenceRule.programme(Rag.AMBER, 0, 10, 40)).as("a quarter Red is not more than a quarter")
			.isEqualTo(Confidence.AMBER);
		assertThat(ConfidenceRule.programme(Rag.AMBER, 0, 11, 40)).isEqualTo(Confidence.AMBER_RED);
		assertThat(ConfidenceRule.programme(Rag.RED, 0, 0, 40)).isEqualTo(Confidence.AMBER_RED);
		assertThat(ConfidenceRule.programme(Rag.RED, 1, 11, 40)).isEqualTo(Confidence.RED);
		assertThat(ConfidenceRule.programme(Rag.GREEN, 0, 0, 0)).isEqualTo(Confidence.GREEN);
	}

}
