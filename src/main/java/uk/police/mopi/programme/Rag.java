package uk.police.mopi.programme;

/**
 * Red, amber or green: how a project stands. Always shown with its name, never colour
 * alone.
 */
public enum Rag {

	RED, AMBER, GREEN

}
