package uk.police.mopi.board;

/**
 * The parts of a pack the programme team writes, in the order of a Police Authority
 * committee report (the figures, its supporting information, come between the
 * recommendations and the equality impact).
 *
 * @param summary the summary
 * @param recommendations the decisions sought
 * @param equality the equality impact
 * @param financial the financial implications
 * @param background the background papers
 * @param contact who to contact
 */
public record Narrative(String summary, String recommendations, String equality, String financial, String background,
		String contact) {

	/** A new draft's narrative: every part blank. */
	public static final Narrative EMPTY = new Narrative("", "", "", "", "", "");

}
