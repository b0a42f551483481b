package uk.police.mopi.businessarea;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BusinessAreaRepository extends JpaRepository<BusinessArea, String> {

	@Query("select a from BusinessArea a order by a.displayOrder")
	List<BusinessArea> findAllInOrder();

}
