package uk.police.mopi.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	/**
	 * The assessment, locked until the transaction ends, so that concurrent changes to it
	 * queue up and each sees the one before.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.requirementCode = :code and "
			+ "(a.areaCode = :area or (:area is null and a.areaCode is null))")
	Optional<Assessment> findForUpdate(@Param("code") String requirementCode, @Param("area") String areaCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.requirementCode in :codes and "
			+ "(a.areaCode in :areas or (:forceWide = true and a.areaCode is null)) order by a.id")
	List<Assessment> findAllForUpdate(@Param("codes") Collection<String> requirementCodes,
			@Param("areas") Collection<String> areaCodes, @Param("forceWide") boolean forceWide);

}
