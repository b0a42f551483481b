package uk.police.mopi.finance;

/** Whether money pays for the force's own people or for external resources. */
public enum ResourceType {

	INTERNAL, EXTERNAL

}
