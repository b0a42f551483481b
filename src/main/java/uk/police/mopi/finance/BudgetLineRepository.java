package uk.police.mopi.finance;

import org.springframework.data.jpa.repository.JpaRepository;

/** Budget lines, changed through {@link BudgetLineService} only. */
interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

}
