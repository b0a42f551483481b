package uk.police.mopi.finance;

import java.math.BigDecimal;

/**
 * The programme's money in one financial year, summed from its budget lines.
 *
 * @param financialYear e.g. 2007/08
 * @param approved approved, internal and external
 * @param forecast forecast, internal and external
 * @param actual actual, internal and external
 * @param externalForecast forecast on external resources
 * @param externalActual actual on external resources
 * @param externalCap the most the year may spend on external resources, or null
 */
public record YearTotals(String financialYear, BigDecimal approved, BigDecimal forecast, BigDecimal actual,
		BigDecimal externalForecast, BigDecimal externalActual, BigDecimal externalCap) {

	public boolean forecastOverApproved() {
		return this.forecast.compareTo(this.approved) > 0;
	}

	public boolean externalOverCap() {
		return this.externalCap != null
				&& this.externalForecast.max(this.externalActual).compareTo(this.externalCap) > 0;
	}

}
