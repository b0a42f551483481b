package uk.police.mopi.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.police.mopi.shared.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentRulesTest {

	private static final AssessmentState FAIR_TARGET_GOOD = new AssessmentState(ComplianceLevel.FAIR, true,
			ComplianceLevel.GOOD, LocalDate.of(2010, 12, 31));

	@Test
	void shouldRequireARationaleWhenTheLevelChanges() {
		assertThat(AssessmentRules.check(AssessmentChange.level(ComplianceLevel.GOOD, " "), FAIR_TARGET_GOOD))
			.extracting(InputProblem::field)
			.containsExactly("rationale");
		assertThat(
				AssessmentRules.check(AssessmentChange.level(ComplianceLevel.GOOD, "Audit passed"), FAIR_TARGET_GOOD))
			.isEmpty();
	}

	@Test
	void shouldNotRequireARationaleWhenTheLevelStaysTheSame() {
		assertThat(AssessmentRules.check(AssessmentChange.level(ComplianceLevel.FAIR, null), FAIR_TARGET_GOOD))
			.isEmpty();
	}

	@Test
	void shouldRequireAReasonWhenNotApplicable() {
		AssessmentChange change = new AssessmentChange(null, false, "", false, null, null, "Not held here");
		assertThat(AssessmentRules.check(change, FAIR_TARGET_GOOD)).extracting(InputProblem::field)
			.containsExactly("notApplicableReason");
	}

	@Test
	void shouldRejectTargetsThatAreNotFairGoodOrExcellentOrOutOfRange() {
		assertThat(AssessmentRules.check(
				AssessmentChange.target(ComplianceLevel.NOT_MET, LocalDate.of(2010, 12, 31), null), FAIR_TARGET_GOOD))
			.extracting(InputProblem::field)
			.containsExactly("targetLevel");
		assertThat(AssessmentRules.check(AssessmentChange.target(ComplianceLevel.GOOD, LocalDate.of(1999, 1, 1), null),
				FAIR_TARGET_GOOD))
			.extracting(InputProblem::field)
			.containsExactly("targetDate");
		assertThat(AssessmentRules.check(AssessmentChange.target(ComplianceLevel.GOOD, null, null), FAIR_TARGET_GOOD))
			.extracting(InputProblem::code)
			.containsExactly("assessment.target.both");
	}

	@Test
	void shouldRejectOverlongRationalesAndNulCharacters() {
		assertThat(
				AssessmentRules.check(AssessmentChange.level(ComplianceLevel.GOOD, "x".repeat(2001)), FAIR_TARGET_GOOD))
			.extracting(InputProblem::code)
			.containsExactly("assessment.rationale.size");
		assertThat(AssessmentRules.check(AssessmentChange.level(ComplianceLevel.GOOD, "a\u0000b"), FAIR_TARGET_GOOD))
			.extracting(InputProblem::code)
			.containsExactly("assessment.text.invalid");
	}

	@Test
	void shouldOrderLevelsCumulatively() {
		assertThat(ComplianceLevel.NOT_MET.isBelow(ComplianceLevel.FAIR)).isTrue();
		assertThat(ComplianceLevel.GOOD.isBelow(ComplianceLevel.GOOD)).isFalse();
		assertThat(FAIR_TARGET_GOOD.gap()).isTrue();
		assertThat(new AssessmentState(ComplianceLevel.NOT_MET, false, ComplianceLevel.GOOD, LocalDate.of(2010, 12, 31))
			.gap()).isFalse();
	}

}
