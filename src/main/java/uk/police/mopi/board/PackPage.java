package uk.police.mopi.board;

/**
 * Everything a pack shows, the one model of the {@code board/pack-body} fragment that
 * both the HTML page and the PDF render: the pack (meeting, narrative, status, who
 * published it and when) and its figures, frozen for a published pack, composed live for
 * a draft.
 *
 * @param pack the pack
 * @param figures its figures
 * @param trajectorySvg the chart of the figures' trajectory, as SVG markup (escaped), put
 * in by {@code web.PackTrajectorySvg#charted}; null until then
 */
public record PackPage(PackView pack, PackFigures figures, String trajectorySvg) {
}
