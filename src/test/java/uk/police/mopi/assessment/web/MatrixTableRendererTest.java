package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.RequirementView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix body is written in Java, so every text in it must come out escaped: hostile
 * requirement titles, area names and codes, and messages never become markup.
 */
class MatrixTableRendererTest {

	private static final String HOSTILE = "\"><svg onload=alert(1)></script>'&amp;\u0000";

	@Test
	void shouldEscapeHostileTitlesAreaNamesCodesAndMessages() {
		BusinessAreaView area = new BusinessAreaView(HOSTILE, HOSTILE, HOSTILE, true);
		RequirementView requirement = new RequirementView("RRD-07", "RRD", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE,
				HOSTILE, AssessedPer.AREA);
		RequirementView forceWide = new RequirementView("GOV-01", "GOV", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE,
				HOSTILE, AssessedPer.FORCE);
		AssessmentState gap = new AssessmentState(ComplianceLevel.FAIR, true, ComplianceLevel.GOOD,
				LocalDate.of(2010, 12, 31));
		AssessmentMatrix.View view = new AssessmentMatrix.View(List.of(area),
				List.of(new AssessmentMatrix.Row(requirement,
						List.of(new AssessmentMatrix.Cell(new CellKey("RRD-07", HOSTILE), gap, true))),
						new AssessmentMatrix.Row(forceWide,
								List.of(new AssessmentMatrix.Cell(new CellKey("GOV-01", null), null, false)))),
				2, Map.of(ComplianceLevel.FAIR, 1), 0, 1);

		String html = new MatrixTableRenderer(hostileMessages()).render(view, "/ctx\"<", Locale.UK);

		assertThat(html).doesNotContain("<svg", "</script>", "'&amp;", "onload=alert(1)>", "\u0000")
			.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;&lt;/script&gt;&#39;&amp;amp;")
			.contains("class=\"portal-requirement-title\">&quot;&gt;&lt;svg")
			.contains("href=\"/ctx&quot;&lt;/assessments/RRD-07/&quot;&gt;&lt;svg");
		assertThat(html.replaceAll("<(/?)(tr|th|td|a|span)( [a-z-]+=\"[^\"<>]*\")*>", ""))
			.as("only the renderer's own elements are markup")
			.doesNotContain("<", ">");
	}

	private static StaticMessageSource hostileMessages() {
		StaticMessageSource messages = new StaticMessageSource();
		for (ComplianceLevel level : ComplianceLevel.values()) {
			messages.addMessage("level." + level, Locale.UK, HOSTILE);
		}
		for (String code : List.of("level.NOT_APPLICABLE", "matrix.notYet", "matrix.gap", "assessment.force.long",
				"assessment.force")) {
			messages.addMessage(code, Locale.UK, HOSTILE);
		}
		return messages;
	}

}
