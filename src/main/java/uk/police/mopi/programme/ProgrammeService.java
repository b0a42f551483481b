package uk.police.mopi.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's milestones and its deadline. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	/** Full compliance is due by this date. */
	public static final LocalDate FULL_COMPLIANCE_DEADLINE = LocalDate.of(2010, 12, 31);

	private final MilestoneRepository milestones;

	private final Clock clock;

	ProgrammeService(MilestoneRepository milestones, Clock clock) {
		this.milestones = milestones;
		this.clock = clock;
	}

	public List<MilestoneView> milestones() {
		return this.milestones.findAllByDueDate().stream().map(Milestone::toView).toList();
	}

	/** Days from today to the full-compliance deadline; negative once it has passed. */
	public long daysToDeadline() {
		return ChronoUnit.DAYS.between(LocalDate.now(this.clock), FULL_COMPLIANCE_DEADLINE);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
