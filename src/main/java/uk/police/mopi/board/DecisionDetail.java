package uk.police.mopi.board;

import java.util.List;

import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.Confidence;
import uk.police.mopi.programme.Rag;

/**
 * A decision with the frozen figures it was made on, beside the same figures now.
 *
 * @param decision the decision
 * @param pack the pack it was made on, or null when none is recorded
 * @param headline the pack's headline shares, or null without a pack
 * @param yearInPack its financial year's money in the pack, or null
 * @param yearNow its financial year's money now, or null
 * @param projects its projects then and now
 */
public record DecisionDetail(DecisionView decision, PackReference pack, Shares headline,
		PackFigures.BudgetYear yearInPack, YearTotals yearNow, List<ProjectThenNow> projects) {

	/**
	 * The pack a decision was made on.
	 *
	 * @param id id
	 * @param title title
	 * @param asAt the date its figures are as at
	 */
	public record PackReference(long id, String title, java.time.LocalDate asAt) {
	}

	/**
	 * A pack's headline as shares of the applicable assessments.
	 *
	 * @param applicable applicable assessments
	 * @param atLeastFair percentage at Fair or better
	 * @param atLeastGood percentage at Good or better
	 * @param excellent percentage at Excellent
	 */
	public record Shares(int applicable, double atLeastFair, double atLeastGood, double excellent) {

		static Shares of(PackFigures.Counts counts) {
			if (counts == null) {
				return null;
			}
			int all = counts.applicableCells();
			return new Shares(all, percent(counts.atLeastFair(), all), percent(counts.atLeastGood(), all),
					percent(counts.excellent(), all));
		}

		private static double percent(int part, int all) {
			return (all == 0) ? 0 : 100.0 * part / all;
		}

	}

	/**
	 * A funded project's RAG and delivery confidence in the pack and now.
	 *
	 * @param code its code
	 * @param name its name (now, or as in the pack when it no longer exists)
	 * @param ragThen RED, AMBER or GREEN in the pack, or null when the pack did not list
	 * it
	 * @param confidenceThen its confidence in the pack (Confidence name), or null
	 * @param ragNow its RAG now, or null when it no longer exists
	 * @param confidenceNow its confidence now, or null
	 */
	public record ProjectThenNow(String code, String name, String ragThen, String confidenceThen, Rag ragNow,
			Confidence confidenceNow) {
	}

}
