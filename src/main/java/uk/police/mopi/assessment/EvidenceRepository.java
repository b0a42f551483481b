package uk.police.mopi.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/** The evidence, if it belongs to this assessment and has not been withdrawn. */
	Optional<Evidence> findByIdAndAssessmentIdAndRemovedAtIsNull(long id, long assessmentId);

}
