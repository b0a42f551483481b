/**
 * The dashboard's pages and API. Its one type for other modules is the trajectory chart
 * ({@link uk.police.mopi.dashboard.web.TrajectorySvg}, named interface {@code charts}),
 * which the board module's packs draw from their frozen points.
 */
@org.springframework.modulith.NamedInterface("charts")
package uk.police.mopi.dashboard.web;
