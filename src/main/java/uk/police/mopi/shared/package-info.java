/**
 * The few pieces every module shares: the clock, the demo-data switch, the embedded
 * database for a machine with only Java, the page layout and the error handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.police.mopi.shared;
