package uk.police.mopi.board;

/** Where a pack stands: a draft being written, or published with its figures frozen. */
public enum PackStatus {

	/** Being written; shows live figures. */
	DRAFT,

	/** Published: frozen figures, never changed again. */
	PUBLISHED

}
