package uk.police.mopi.returns;

import java.time.LocalDate;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * What a return declares, by the Home Office key date it is in hand for: the first key
 * date on or after the return's date (full compliance after the last). Each says which
 * applicable assessments it considers and which of them meet it; the figures support the
 * declaration when every one considered meets it.
 */
enum ReturnDeclaration {

	/** Every applicable assessment has been assessed: the baseline is complete. */
	CAPABILITY_ASSESSMENT(KeyDate.CAPABILITY_ASSESSMENT) {
		@Override
		boolean meets(HomeOfficeReturn.AreaLine line) {
			return !ComplianceLevel.NOT_ASSESSED.name().equals(line.level());
		}
	},

	/**
	 * Every applicable assessment of the six priority areas is at Fair or above (the
	 * dashboard's priority areas: area assessments, not force-wide ones).
	 */
	FAIR_IN_PRIORITY_AREAS(KeyDate.FAIR_IN_PRIORITY_AREAS) {
		@Override
		boolean considers(HomeOfficeReturn.AreaLine line) {
			return line.applicable() && line.priorityArea();
		}

		@Override
		boolean meets(HomeOfficeReturn.AreaLine line) {
			return atLeast(line.level(), ComplianceLevel.FAIR);
		}
	},

	/**
	 * Every applicable assessment has a target level and date: the Action Plan's targets
	 * (its funding is the Board's, in the packs and decisions, not in this return).
	 */
	FUNDED_ACTION_PLAN(KeyDate.FUNDED_ACTION_PLAN) {
		@Override
		boolean meets(HomeOfficeReturn.AreaLine line) {
			return line.targetLevel() != null && line.targetDate() != null;
		}
	},

	/** Every applicable assessment is at or above its target level. */
	FULL_COMPLIANCE(KeyDate.FULL_COMPLIANCE) {
		@Override
		boolean meets(HomeOfficeReturn.AreaLine line) {
			return line.targetLevel() != null && atLeast(line.level(), ComplianceLevel.valueOf(line.targetLevel()));
		}
	};

	private final KeyDate keyDate;

	ReturnDeclaration(KeyDate keyDate) {
		this.keyDate = keyDate;
	}

	/** The declaration in hand for a return as at this date. */
	static ReturnDeclaration forDate(LocalDate asAt, ProgrammeCalendar calendar) {
		for (ReturnDeclaration declaration : values()) {
			if (!asAt.isAfter(declaration.dueDate(calendar))) {
				return declaration;
			}
		}
		return FULL_COMPLIANCE;
	}

	LocalDate dueDate(ProgrammeCalendar calendar) {
		return calendar.date(this.keyDate);
	}

	/**
	 * Whether the declaration considers this assessment: by default every applicable one.
	 */
	boolean considers(HomeOfficeReturn.AreaLine line) {
		return line.applicable();
	}

	abstract boolean meets(HomeOfficeReturn.AreaLine line);

	static boolean atLeast(String level, ComplianceLevel floor) {
		return level != null && isLevel(level) && !ComplianceLevel.valueOf(level).isBelow(floor);
	}

	private static boolean isLevel(String level) {
		for (ComplianceLevel each : ComplianceLevel.values()) {
			if (each.name().equals(level)) {
				return true;
			}
		}
		return false;
	}

}
