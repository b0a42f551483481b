package uk.police.mopi.catalogue;

/**
 * Whether a requirement is assessed in each business area, or once for the whole force
 * (strategy, force-wide training, force IT platforms).
 */
public enum AssessedPer {

	AREA, FORCE

}
