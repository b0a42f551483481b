package uk.police.mopi.assessment;

import java.util.List;

import uk.police.mopi.catalogue.RequirementView;

/**
 * What an assessment's pages show: the assessment, its requirement and area, and (on the
 * detail page) its evidence, proposals and history.
 *
 * @param assessment the assessment as it stands
 * @param requirement its requirement, with the criteria of each level
 * @param areaName the business area's name, or null for a force-wide assessment
 * @param evidence its evidence, withdrawn pieces included, oldest first
 * @param proposals its proposals, newest first
 * @param history every change, newest first
 */
public record AssessmentPage(AssessmentView assessment, RequirementView requirement, String areaName,
		List<EvidenceView> evidence, List<ProposalView> proposals, List<HistoryView> history) {

	private static final List<ComplianceLevel> TARGET_LEVELS = List.of(ComplianceLevel.FAIR, ComplianceLevel.GOOD,
			ComplianceLevel.EXCELLENT);

	private static final List<ComplianceLevel> PROPOSAL_LEVELS = List.of(ComplianceLevel.NOT_MET, ComplianceLevel.FAIR,
			ComplianceLevel.GOOD, ComplianceLevel.EXCELLENT);

	public CellKey key() {
		return this.assessment.key();
	}

	/** Every level an assessment can be at. */
	public List<ComplianceLevel> levels() {
		return List.of(ComplianceLevel.values());
	}

	/** The levels a target can be. */
	public List<ComplianceLevel> targetLevels() {
		return TARGET_LEVELS;
	}

	/** The levels an area owner can propose. */
	public List<ComplianceLevel> proposalLevels() {
		return PROPOSAL_LEVELS;
	}

}
