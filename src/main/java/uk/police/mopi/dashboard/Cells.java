package uk.police.mopi.dashboard;

import java.util.List;

import uk.police.mopi.assessment.AssessmentView;

/**
 * The assessments behind a dashboard figure.
 *
 * @param query the query as applied: the date shown, codes checked and upper-cased,
 * months between 0 and 600
 * @param cells the assessments, by requirement then area
 */
public record Cells(CellsQuery query, List<AssessmentView> cells) {

}
