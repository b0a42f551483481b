package uk.police.mopi.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a set of timings. */
record Timings(String name, long[] nanos) {

	double percentileMillis(double percentile) {
		long[] sorted = this.nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
	}

	String row() {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", this.name, this.nanos.length,
				percentileMillis(50), percentileMillis(95), percentileMillis(100));
	}

}
