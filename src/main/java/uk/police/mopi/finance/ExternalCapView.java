package uk.police.mopi.finance;

import java.math.BigDecimal;

/**
 * A year's cap on external resources.
 *
 * @param financialYear e.g. 2007/08
 * @param cap the most the year may spend on external resources
 * @param note why the cap is what it is
 * @param version optimistic-lock version
 */
public record ExternalCapView(String financialYear, BigDecimal cap, String note, long version) {
}
