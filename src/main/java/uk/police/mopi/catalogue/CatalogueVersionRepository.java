package uk.police.mopi.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Long> {

	Optional<CatalogueVersion> findByActiveTrue();

	boolean existsByNameIgnoreCaseAndVersionLabelIgnoreCase(String name, String versionLabel);

	@Query("select v from CatalogueVersion v order by v.importedAt desc, v.id desc")
	List<CatalogueVersion> findAllNewestFirst();

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update CatalogueVersion v set v.active = false where v.active = true")
	int retireActive();

}
