package uk.police.mopi.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequirementRepository extends JpaRepository<Requirement, Long> {

}
