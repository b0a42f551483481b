package uk.police.mopi.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.persistence.AuditedEntity;

/** One requirement in one business area, or once for the force. */
@Entity
@Table(name = "assessment")
class Assessment extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String requirementCode;

	private String areaCode;

	private boolean applicable;

	private String notApplicableReason;

	@Enumerated(EnumType.STRING)
	private ComplianceLevel level;

	@Enumerated(EnumType.STRING)
	private ComplianceLevel targetLevel;

	private LocalDate targetDate;

	private String rationale;

	private String assessedBy;

	private Instant assessedAt;

	protected Assessment() {
	}

	/**
	 * Applies a change and says what changed, for the history. Nothing is recorded for a
	 * field the change leaves as it was.
	 */
	List<Changed> apply(AssessmentChange change, String by, Instant now) {
		List<Changed> changes = new ArrayList<>();
		if (change.applicable() != null && (change.applicable() != this.applicable
				|| !change.applicable() && !Objects.equals(change.notApplicableReason(), this.notApplicableReason))) {
			changes.add(new Changed(HistoryKind.APPLICABILITY, applicabilityText(this.applicable),
					applicabilityText(change.applicable()),
					change.applicable() ? change.rationale() : change.notApplicableReason()));
			this.applicable = change.applicable();
			this.notApplicableReason = change.applicable() ? null : change.notApplicableReason();
			this.rationale = change.rationale();
		}
		if (change.level() != null && change.level() != this.level) {
			changes.add(new Changed(HistoryKind.LEVEL, this.level.name(), change.level().name(), change.rationale()));
			this.level = change.level();
			this.rationale = change.rationale();
			this.assessedBy = by;
			this.assessedAt = now;
		}
		if (change.changeTarget() && (change.targetLevel() != this.targetLevel
				|| !Objects.equals(change.targetDate(), this.targetDate))) {
			changes.add(new Changed(HistoryKind.TARGET, targetText(this.targetLevel, this.targetDate),
					targetText(change.targetLevel(), change.targetDate()), change.rationale()));
			this.targetLevel = change.targetLevel();
			this.targetDate = change.targetDate();
		}
		if (!changes.isEmpty()) {
			changed(by, now);
		}
		return changes;
	}

	/**
	 * The refusal of a change based on an older version: who changed it since, and each
	 * field as it now stands beside the value the change asked for.
	 */
	ConcurrentChangeException staleChange(AssessmentChange change) {
		boolean applicableAfter = (change.applicable() != null) ? change.applicable() : this.applicable;
		String reasonAfter = (change.applicable() == null) ? this.notApplicableReason
				: applicableAfter ? null : change.notApplicableReason();
		return conflict().field("level", "edit.level", "level.", this.level, orElse(change.level(), this.level))
			.field("applicable", "cell.applicable", this.applicable, applicableAfter)
			.field("notApplicableReason", "edit.notApplicableReason", this.notApplicableReason, reasonAfter)
			.field("targetLevel", "edit.targetLevel", "level.", this.targetLevel,
					change.changeTarget() ? change.targetLevel() : this.targetLevel)
			.field("targetDate", "edit.targetDate", this.targetDate,
					change.changeTarget() ? change.targetDate() : this.targetDate)
			.field("rationale", "edit.rationale", this.rationale, change.rationale())
			.build();
	}

	/**
	 * The refusal of a decision on a proposal made on an older version: the level now
	 * beside the level the decision would leave.
	 */
	ConcurrentChangeException staleDecision(ComplianceLevel levelAfter) {
		return conflict().field("level", "edit.level", "level.", this.level, orElse(levelAfter, this.level)).build();
	}

	private ConcurrentChangeException.Builder conflict() {
		CellKey key = key();
		return ConcurrentChangeException.on("subject.assessment", key.requirementCode(), key.area())
			.changedBy(getUpdatedBy(), getUpdatedAt(), getVersion())
			.currentPath("/assessments/" + key.requirementCode() + "/" + key.area());
	}

	private static <T> T orElse(T value, T otherwise) {
		return (value != null) ? value : otherwise;
	}

	private static String applicabilityText(boolean applicable) {
		return applicable ? "Applicable" : "Not applicable";
	}

	private static String targetText(ComplianceLevel level, LocalDate date) {
		return (level != null) ? level.name() + " by " + date : null;
	}

	Long getId() {
		return this.id;
	}

	CellKey key() {
		return new CellKey(this.requirementCode, this.areaCode);
	}

	AssessmentState state() {
		return new AssessmentState(this.level, this.applicable, this.targetLevel, this.targetDate);
	}

	AssessmentView toView() {
		return new AssessmentView(key(), this.applicable, this.notApplicableReason, this.level, this.targetLevel,
				this.targetDate, this.rationale, this.assessedBy, this.assessedAt, getVersion(), getUpdatedAt(),
				getUpdatedBy());
	}

	/**
	 * What one change altered.
	 *
	 * @param kind which aspect
	 * @param from before
	 * @param to after
	 * @param reason why
	 */
	record Changed(HistoryKind kind, String from, String to, String reason) {
	}

}
