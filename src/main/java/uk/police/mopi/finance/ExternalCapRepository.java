package uk.police.mopi.finance;

import org.springframework.data.jpa.repository.JpaRepository;

/** External caps, changed through {@link BudgetLineService} only. */
interface ExternalCapRepository extends JpaRepository<ExternalCap, String> {

}
