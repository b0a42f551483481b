package uk.police.mopi.board.web;

/**
 * What a pack's formats show beside its frozen figures: its title and whether it is still
 * a draft.
 *
 * @param title the pack's title, as its author wrote it
 * @param draft true while the pack is a draft (its formats then say so on every page)
 */
public record PackCover(String title, boolean draft) {
}
