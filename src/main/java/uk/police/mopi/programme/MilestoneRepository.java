package uk.police.mopi.programme;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	/** A milestone of the plan (not removed). */
	@Query("select m from Milestone m where m.code = :code and m.removedAt is null")
	Optional<Milestone> findByCode(String code);

	boolean existsByCode(String code);

	/**
	 * Every milestone of the plan (not removed), locked: forecasts move together along
	 * dependencies.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Milestone m where m.removedAt is null order by m.id")
	List<Milestone> findAllForUpdate();

}
