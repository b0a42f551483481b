package uk.police.mopi.shared;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where the {@link ProgrammeCalendar} reads the key dates from: the Home Office
 * milestones, which the {@code programme} module owns and implements this for, so that
 * {@code shared} reads no other module's tables.
 */
public interface KeyDateSource {

	/** The due date of each key date's Home Office milestone. */
	Map<KeyDate, LocalDate> keyDates();

}
