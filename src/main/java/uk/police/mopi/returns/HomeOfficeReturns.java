package uk.police.mopi.returns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

/**
 * The Home Office return as at a date: prepared from the live data until it is submitted,
 * then read from its frozen copy, the same in every format for ever. One return per date:
 * a second submission for a date already submitted is refused, so that "the return as at
 * D" has one answer.
 */
@Service
@Transactional(readOnly = true)
public class HomeOfficeReturns {

	private final ReturnBuilder builder;

	private final SubmittedReturns store;

	private final ProgrammeCalendar calendar;

	private final ReturnsPolicy policy;

	private final ApplicationEventPublisher events;

	HomeOfficeReturns(ReturnBuilder builder, SubmittedReturns store, ProgrammeCalendar calendar, ReturnsPolicy policy,
			ApplicationEventPublisher events) {
		this.builder = builder;
		this.store = store;
		this.calendar = calendar;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * The date a return is prepared as at when none is given: the latest Home Office key
	 * date on or before today (the return last due).
	 */
	public LocalDate defaultDate() {
		LocalDate today = this.calendar.today();
		LocalDate latest = this.calendar.capabilityAssessment();
		for (KeyDate keyDate : KeyDate.values()) {
			LocalDate date = this.calendar.date(keyDate);
			if (!date.isAfter(today) && date.isAfter(latest)) {
				latest = date;
			}
		}
		return latest;
	}

	/** The key dates on or before today: the returns a force could prepare now. */
	public List<LocalDate> dueDates() {
		List<LocalDate> dates = new ArrayList<>();
		for (KeyDate keyDate : KeyDate.values()) {
			LocalDate date = this.calendar.date(keyDate);
			if (!date.isAfter(this.calendar.today())) {
				dates.add(date);
			}
		}
		return dates;
	}

	/**
	 * The return as at the end of a date ({@link #defaultDate()} when null): its frozen
	 * copy once submitted, else prepared from the live data.
	 * @throws InvalidInputException (field asAt) for a date after today
	 */
	public HomeOfficeReturn homeOffice(LocalDate asAt) {
		LocalDate date = checked(asAt);
		return this.store.find(date).orElseGet(() -> this.builder.build(date));
	}

	/**
	 * Submits the return as at a date: freezes it as it stands now.
	 * @throws InvalidInputException (field asAt) for no date, a date after today, or one
	 * whose return was submitted already
	 */
	@Transactional
	public HomeOfficeReturn submit(LocalDate asAt, PortalUser by) {
		if (!this.policy.canSubmit(by)) {
			throw new AccessDeniedException("returns.submit");
		}
		if (asAt == null) {
			throw InvalidInputException.of("asAt", "returns.asAt.required");
		}
		LocalDate date = checked(asAt);
		if (this.store.exists(date)) {
			throw InvalidInputException.of("asAt", "returns.asAt.submitted", date.toString());
		}
		HomeOfficeReturn prepared = this.builder.build(date);
		HomeOfficeReturn.Submission submission = new HomeOfficeReturn.Submission(
				this.calendar.now().truncatedTo(ChronoUnit.MICROS), by.username(), 0);
		long id;
		try {
			id = this.store.insert(prepared, submission);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("asAt", "returns.asAt.submitted", date.toString());
		}
		this.events.publishEvent(AuditEvent.of("home-office-return.submitted", "home-office-return", id)
			.by(by.username())
			.after(Map.of("asAt", date.toString(), "layoutVersion", prepared.layoutVersion(), "declaration",
					prepared.declaration().code(), "supported", prepared.declaration().supported())));
		return prepared.submitted(submission);
	}

	/** The submitted returns, latest date first. */
	public List<SubmittedReturnView> submitted() {
		return this.store.all();
	}

	private LocalDate checked(LocalDate asAt) {
		LocalDate date = InputBounds.check("asAt", (asAt != null) ? asAt : defaultDate());
		if (date.isAfter(this.calendar.today())) {
			throw InvalidInputException.of("asAt", "returns.asAt.future", this.calendar.today().toString());
		}
		return date;
	}

}
