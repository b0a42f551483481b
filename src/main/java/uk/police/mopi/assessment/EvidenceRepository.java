package uk.police.mopi.assessment;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/** The evidence, if it belongs to this assessment and has not been withdrawn. */
	Optional<Evidence> findByIdAndAssessmentIdAndRemovedAtIsNull(long id, long assessmentId);

	/** How many of these assessments have at least one piece of current evidence. */
	@Query("select count(distinct e.assessmentId) from Evidence e where e.assessmentId in :ids and e.removedAt is null")
	long countAssessmentsWithCurrentEvidence(Collection<Long> ids);

}
