package uk.police.mopi.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	boolean existsByAssessmentIdAndStatus(long assessmentId, ProposalStatus status);

	Optional<Proposal> findByIdAndAssessmentIdAndStatus(long id, long assessmentId, ProposalStatus status);

}
