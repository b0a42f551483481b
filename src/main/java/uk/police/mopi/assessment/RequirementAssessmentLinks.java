package uk.police.mopi.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.RequirementAssessments;

/**
 * A requirement's assessments for its catalogue page: those of the areas the viewer may
 * read, from one query on the assessments and one on the areas.
 */
@Component
@Transactional(readOnly = true)
class RequirementAssessmentLinks implements RequirementAssessments {

	private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

	private final AssessmentQueries queries;

	private final AssessmentPolicy policy;

	private final BusinessAreaService areas;

	RequirementAssessmentLinks(AssessmentQueries queries, AssessmentPolicy policy, BusinessAreaService areas) {
		this.queries = queries;
		this.policy = policy;
		this.areas = areas;
	}

	@Override
	public List<Link> readableBy(String requirementCode, Authentication viewer) {
		Set<String> scope = this.policy.scope(viewer);
		Map<String, String> names = this.areas.areas()
			.stream()
			.collect(Collectors.toMap(BusinessAreaView::code, BusinessAreaView::name));
		return this.queries.assessments(List.of(requirementCode), null, null)
			.stream()
			.filter((assessment) -> AssessmentPolicy.reads(scope, assessment.key()))
			.map((assessment) -> new Link(assessment.key().area(), names.get(assessment.key().areaCode()),
					assessment.applicable() ? assessment.level().name() : NOT_APPLICABLE))
			.sorted(Comparator.comparing((Link link) -> (link.areaName() != null) ? link.areaName() : ""))
			.toList();
	}

}
