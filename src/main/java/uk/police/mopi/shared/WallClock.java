package uk.police.mopi.shared;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Real time, for security timings: sign-in lockouts and API token expiry run on the wall
 * clock even when the demo's {@link ProgrammeCalendar} says it is 2008. Domain code asks
 * the calendar; only security code asks this.
 */
@Component
public class WallClock {

	private final Clock clock = Clock.systemUTC();

	/** This moment, really. */
	public Instant now() {
		return this.clock.instant();
	}

}
