package uk.police.mopi.audit;

/**
 * What a walk of the whole chain found.
 *
 * @param rowsChecked how many rows were checked
 * @param brokenId the first row whose hash or link is wrong, or null when intact
 * @param problem what is wrong with it: {@code CONTENT} (edited), {@code LINK} (a row
 * before it deleted, inserted or rewritten) or {@code GAP} (a number missing or added),
 * or null
 * @param headId the last row's id (to compare with a copy kept elsewhere), or null
 * @param headHash the last row's hash, or null
 */
public record ChainCheck(long rowsChecked, Long brokenId, String problem, Long headId, String headHash) {

	public boolean intact() {
		return this.brokenId == null;
	}

}
