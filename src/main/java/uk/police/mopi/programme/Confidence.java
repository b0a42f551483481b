package uk.police.mopi.programme;

/**
 * Delivery confidence on the five-point scale public-sector programme reviews use, best
 * first: Green (successful delivery highly likely), Amber/Green (probable, needs constant
 * attention), Amber (feasible, significant issues), Amber/Red (in doubt), Red
 * (unachievable unless re-planned). Always shown with its name, never colour alone.
 */
public enum Confidence {

	GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED;

	/** This many points worse, at most Red. */
	Confidence worse(int points) {
		return values()[Math.min(RED.ordinal(), ordinal() + Math.max(0, points))];
	}

	/** The starting point for a red, amber or green status: Green, Amber or Amber/Red. */
	static Confidence from(Rag rag) {
		return switch (rag) {
			case GREEN -> GREEN;
			case AMBER -> AMBER;
			case RED -> AMBER_RED;
		};
	}

}
