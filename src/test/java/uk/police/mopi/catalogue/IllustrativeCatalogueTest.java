package uk.police.mopi.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The illustrative catalogue shipped in {@code db/catalogue/}: exactly 200 requirements
 * in 12 sections, each with three distinct criteria, none repeated across requirements.
 */
class IllustrativeCatalogueTest {

	private static final Set<String> SECTIONS = Set.of("GOV", "COL", "REC", "EVA", "CPR", "SHR", "RRD", "DQ", "SYS",
			"SEC", "TRN", "AUD");

	@Test
	void shouldHoldTwoHundredRequirementsInTwelveSections() throws IOException {
		CatalogueFileReader.Parsed parsed = read();
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).hasSize(200);
		Map<String, Long> perSection = parsed.rows()
			.stream()
			.collect(Collectors.groupingBy(RequirementRow::section, Collectors.counting()));
		assertThat(perSection).containsOnlyKeys(SECTIONS);
		assertThat(perSection).containsEntry("RRD", 26L).containsEntry("GOV", 16L).containsEntry("SEC", 10L);
	}

	@Test
	void shouldNeverRepeatCriteriaOrTitlesAcrossRequirements() throws IOException {
		var rows = read().rows();
		Set<String> criteria = new HashSet<>();
		rows.forEach((row) -> {
			criteria.add(row.fair());
			criteria.add(row.good());
			criteria.add(row.excellent());
		});
		assertThat(criteria).hasSize(600);
		assertThat(rows.stream().map(RequirementRow::title).collect(Collectors.toSet())).hasSize(200);
	}

	@Test
	void shouldCodeEachRequirementWithinItsSection() throws IOException {
		var rows = read().rows();
		assertThat(rows).allSatisfy((row) -> assertThat(row.code()).startsWith(row.section() + "-"));
		Map<String, RequirementRow> byCode = rows.stream()
			.collect(Collectors.toMap(RequirementRow::code, Function.identity()));
		assertThat(byCode.get("RRD-07").description()).contains("reviewed against the national review schedule");
		assertThat(byCode.get("RRD-07").excellent()).contains("dip-sampled");
	}

	@Test
	void shouldAssessSomeRequirementsOnceForTheForce() throws IOException {
		var rows = read().rows();
		long forceWide = rows.stream().filter((row) -> row.assessedPer() == AssessedPer.FORCE).count();
		assertThat(forceWide).isBetween(20L, 100L);
		assertThat(rows.stream().filter((row) -> row.code().equals("GOV-01")).findFirst().orElseThrow().assessedPer())
			.isEqualTo(AssessedPer.FORCE);
	}

	private static CatalogueFileReader.Parsed read() throws IOException {
		byte[] content = Files.readAllBytes(Path.of("db", "catalogue", "illustrative-nfap.csv"));
		return new CatalogueFileReader(SECTIONS).read(content);
	}

}
