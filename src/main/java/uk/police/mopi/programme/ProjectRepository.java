package uk.police.mopi.programme;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findByCode(String code);

	boolean existsByCode(String code);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.code = :code")
	Optional<Project> findByCodeForUpdate(String code);

}
