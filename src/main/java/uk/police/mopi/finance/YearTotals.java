package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The programme's money in one financial year: approved by the Investment Board's
 * decisions, allocated to projects by the budget lines, forecast and spent.
 *
 * @param financialYear e.g. 2007/08
 * @param approved the sum of the year's approved Board decisions (for an area owner: the
 * funded part of their projects' lines)
 * @param allocated the sum of the year's budget lines
 * @param unfunded the part of {@code allocated} no approved decision covers
 * @param unallocated the part of {@code approved} no line allocates (null for an area
 * owner)
 * @param forecast forecast, internal and external
 * @param actual actual, internal and external
 * @param externalForecast forecast on external resources
 * @param externalActual actual on external resources
 * @param externalCap the most the year may spend on external resources, or null
 */
public record YearTotals(String financialYear, BigDecimal approved, BigDecimal allocated, BigDecimal unfunded,
		BigDecimal unallocated, BigDecimal forecast, BigDecimal actual, BigDecimal externalForecast,
		BigDecimal externalActual, BigDecimal externalCap) {

	/** Approved less forecast: positive under, negative over. */
	@JsonProperty
	public BigDecimal variance() {
		return this.approved.subtract(this.forecast);
	}

	public boolean forecastOverApproved() {
		return this.forecast.compareTo(this.approved) > 0;
	}

	public boolean externalOverCap() {
		return this.externalCap != null
				&& this.externalForecast.max(this.externalActual).compareTo(this.externalCap) > 0;
	}

	/** Lines allocate money no approved decision covers. */
	public boolean hasUnfunded() {
		return this.unfunded.signum() > 0;
	}

	/** Approved money no line allocates yet. */
	public boolean hasUnallocated() {
		return this.unallocated != null && this.unallocated.signum() > 0;
	}

	/**
	 * The year's warnings, as codes (the words are {@code funding.warn.<code>} in the
	 * messages): unfunded, unallocated, forecast-over-approved, external-over-cap.
	 */
	@JsonProperty
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		if (hasUnfunded()) {
			warnings.add("unfunded");
		}
		if (hasUnallocated()) {
			warnings.add("unallocated");
		}
		if (forecastOverApproved()) {
			warnings.add("forecast-over-approved");
		}
		if (externalOverCap()) {
			warnings.add("external-over-cap");
		}
		return warnings;
	}

}
