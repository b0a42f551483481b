package uk.police.mopi.programme;

/** The kinds of change a MoPI programme delivers through its projects. */
public enum Workstream {

	POLICY, TRAINING, CULTURE_AND_BEHAVIOUR, BUSINESS_PROCESS, TECHNOLOGY

}
