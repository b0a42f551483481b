package uk.police.mopi.assessment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

/** Composes the read model of each assessment page: one call per page. */
@Service
@Transactional(readOnly = true)
public class AssessmentPages {

	private final AssessmentQueries queries;

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final AssessmentPolicy policy;

	AssessmentPages(AssessmentQueries queries, CatalogueService catalogue, BusinessAreaService areas,
			AssessmentPolicy policy) {
		this.policy = policy;
		this.queries = queries;
		this.catalogue = catalogue;
		this.areas = areas;
	}

	/** The detail page: the assessment with its evidence, proposals and history. */
	public AssessmentPage detail(CellKey key) {
		AssessmentView assessment = assessment(key);
		return new AssessmentPage(assessment, requirement(key), areaName(key), this.queries.evidence(key),
				this.queries.proposals(key), this.queries.history(key));
	}

	/** The edit form: the assessment, its requirement and area. */
	public AssessmentPage form(CellKey key) {
		AssessmentView assessment = assessment(key);
		return new AssessmentPage(assessment, requirement(key), areaName(key), List.of(), List.of(), List.of());
	}

	/**
	 * The file attached to a piece of evidence, for someone who may read the assessment
	 * (404 for anyone else, and for evidence without a file).
	 */
	public EvidenceFile evidenceFile(CellKey key, long evidenceId, PortalUser reader) {
		if (reader == null || !AssessmentPolicy.reads(this.policy.scope(reader), key)) {
			throw new NotFoundException("No such evidence file");
		}
		return this.queries.evidenceFile(key, evidenceId)
			.orElseThrow(() -> new NotFoundException("No such evidence file"));
	}

	private AssessmentView assessment(CellKey key) {
		return this.queries.assessment(key).orElseThrow(() -> AssessmentNotFound.of(key));
	}

	private RequirementView requirement(CellKey key) {
		return this.catalogue.requirement(key.requirementCode())
			.orElseThrow(() -> new NotFoundException("No such requirement: " + key.requirementCode()));
	}

	private String areaName(CellKey key) {
		return key.forceWide() ? null
				: this.areas.area(key.areaCode()).map(BusinessAreaView::name).orElse(key.areaCode());
	}

}
