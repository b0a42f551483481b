package uk.police.mopi.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.user.PortalUser;

/**
 * What a bulk update would change, before anyone applies it: the same selection and the
 * same checks as {@link AssessmentService#bulkUpdate}, from one read of the assessments,
 * changing nothing.
 */
@Service
@Transactional(readOnly = true)
public class BulkPreviews {

	private final AssessmentQueries queries;

	private final AssessmentPolicy policy;

	BulkPreviews(AssessmentQueries queries, AssessmentPolicy policy) {
		this.queries = queries;
		this.policy = policy;
	}

	/**
	 * How many assessments of these requirements, in these areas (and force-wide, if
	 * asked), the change takes in, how many it would alter, and how.
	 */
	public BulkPreview preview(Collection<String> requirementCodes, Collection<String> areaCodes, boolean forceWide,
			AssessmentChange change, PortalUser actor) {
		this.policy.requireEdit(actor);
		AssessmentService.requireBulkChange(change);
		List<AssessmentView> matching = requirementCodes.isEmpty() ? List.of()
				: this.queries.assessments(requirementCodes, null, null)
					.stream()
					.filter((a) -> a.key().forceWide() ? forceWide : areaCodes.contains(a.key().areaCode()))
					.toList();
		Map<List<ComplianceLevel>, Integer> moves = new LinkedHashMap<>();
		List<AssessmentView> changing = new ArrayList<>();
		int targets = 0;
		for (AssessmentView assessment : matching) {
			boolean level = change.level() != null && change.level() != assessment.level();
			boolean target = change.changeTarget() && (change.targetLevel() != assessment.targetLevel()
					|| !Objects.equals(change.targetDate(), assessment.targetDate()));
			if (level) {
				moves.merge(List.of(assessment.level(), change.level()), 1, Integer::sum);
			}
			if (target) {
				targets++;
			}
			if (level || target) {
				changing.add(assessment);
			}
		}
		List<BulkPreview.Move> byCount = moves.entrySet()
			.stream()
			.map((e) -> new BulkPreview.Move(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.sorted(Comparator.comparingInt(BulkPreview.Move::count).reversed())
			.toList();
		return new BulkPreview(matching.size(), changing.size(), byCount, targets,
				changing.subList(0, Math.min(BulkPreview.SAMPLE, changing.size())));
	}

}
