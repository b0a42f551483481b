/**
 * The Board cycle: Board meetings, the packs prepared for them (drafts, then published
 * with their figures frozen), the decisions made on them, and the pack's formats (HTML,
 * PDF, Excel). A published pack reads only its frozen
 * {@link uk.police.mopi.board.PackFigures}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "assessment", "programme", "finance",
		"dashboard", "dashboard :: charts", "catalogue", "businessarea", "user", "shared" })
package uk.police.mopi.board;
