package uk.police.mopi.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueSectionRepository extends JpaRepository<CatalogueSection, String> {

	@Query("select s from CatalogueSection s order by s.displayOrder")
	List<CatalogueSection> findAllInOrder();

}
