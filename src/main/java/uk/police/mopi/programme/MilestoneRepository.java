package uk.police.mopi.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	@Query("select m from Milestone m order by m.dueDate, m.code")
	List<Milestone> findAllByDueDate();

}
