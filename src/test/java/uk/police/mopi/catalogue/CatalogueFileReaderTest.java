package uk.police.mopi.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFileReaderTest {

	private static final String HEADER = "code,section,title,description,fair,good,excellent,scope\n";

	private final CatalogueFileReader reader = new CatalogueFileReader(Set.of("RRD", "GOV"));

	@Test
	void shouldReadAWellFormedFile() {
		CatalogueFileReader.Parsed parsed = read(HEADER + row("RRD-07", "RRD", "AREA") + row("GOV-01", "GOV", "FORCE"));
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).extracting(RequirementRow::code).containsExactly("RRD-07", "GOV-01");
		assertThat(parsed.rows()).extracting(RequirementRow::assessedPer)
			.containsExactly(AssessedPer.AREA, AssessedPer.FORCE);
		assertThat(parsed.rows().get(0).line()).isEqualTo(2);
	}

	@Test
	void shouldTreatAMissingScopeColumnAsPerArea() {
		CatalogueFileReader.Parsed parsed = read(
				"code,section,title,description,fair,good,excellent\nRRD-01,RRD,T,D,F,G,E\n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows().get(0).assessedPer()).isEqualTo(AssessedPer.AREA);
	}

	@Test
	void shouldNameBothLinesOfADuplicateCode() {
		CatalogueFileReader.Parsed parsed = read(HEADER + row("RRD-07", "RRD", "AREA") + row("RRD-07", "RRD", "AREA"));
		assertThat(parsed.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("code");
			assertThat(problem.message()).contains("RRD-07").contains("line 2");
		});
	}

	@Test
	void shouldReportEveryMissingCriterionWithItsLine() {
		CatalogueFileReader.Parsed parsed = read(HEADER + "RRD-01,RRD,Title,Description,,Good,\n");
		assertThat(parsed.problems()).extracting(ImportProblem::column).containsExactly("fair", "excellent");
		assertThat(parsed.problems()).allSatisfy((problem) -> assertThat(problem.line()).isEqualTo(2));
		assertThat(parsed.rows()).isEmpty();
	}

	@Test
	void shouldRejectAnUnknownSection() {
		CatalogueFileReader.Parsed parsed = read(HEADER + row("XYZ-01", "XYZ", "AREA"));
		assertThat(parsed.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("XYZ").contains("not known"));
	}

	@Test
	void shouldRejectAMalformedCode() {
		CatalogueFileReader.Parsed parsed = read(HEADER + row("RRD7", "RRD", "AREA"));
		assertThat(parsed.problems()).extracting(ImportProblem::column).containsExactly("code");
	}

	@Test
	void shouldRejectIdenticalCriteriaForTwoLevels() {
		CatalogueFileReader.Parsed parsed = read(HEADER + "RRD-01,RRD,T,D,Same,Same,Other,AREA\n");
		assertThat(parsed.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("different"));
	}

	@Test
	void shouldRejectAnUnknownScope() {
		CatalogueFileReader.Parsed parsed = read(HEADER + row("RRD-01", "RRD", "REGION"));
		assertThat(parsed.problems()).extracting(ImportProblem::column).containsExactly("scope");
	}

	@Test
	void shouldRejectTextThatIsNotUtf8() {
		byte[] latin1 = (HEADER + "RRD-01,RRD,Caf\u00e9,D,F,G,E,AREA\n").getBytes(StandardCharsets.ISO_8859_1);
		CatalogueFileReader.Parsed parsed = this.reader.read(latin1);
		assertThat(parsed.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isZero();
			assertThat(problem.message()).contains("UTF-8");
		});
	}

	@Test
	void shouldAcceptAByteOrderMark() {
		CatalogueFileReader.Parsed parsed = read("\uFEFF" + HEADER + row("RRD-01", "RRD", "AREA"));
		assertThat(parsed.problems()).isEmpty();
	}

	@Test
	void shouldListTheColumnsAHeaderLacks() {
		CatalogueFileReader.Parsed parsed = read("code,section,title\nRRD-01,RRD,T\n");
		assertThat(parsed.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("description, fair, good, excellent"));
	}

	@Test
	void shouldRejectAnEmptyFileAndAHeaderWithoutRows() {
		assertThat(read("").problems()).extracting(ImportProblem::message).containsExactly("The file is empty.");
		assertThat(read(HEADER).problems()).extracting(ImportProblem::message)
			.containsExactly("The file has a header but no requirements.");
	}

	@Test
	void shouldRejectControlCharactersAndOverlongText() {
		String longTitle = "x".repeat(201);
		CatalogueFileReader.Parsed parsed = read(
				HEADER + "RRD-01,RRD,\"a\u0000b\",D,F,G,E,AREA\n" + "RRD-02,RRD," + longTitle + ",D,F,G,E,AREA\n");
		assertThat(parsed.problems()).extracting(ImportProblem::line).containsExactly(2L, 3L);
		assertThat(parsed.problems().get(1).message()).contains("201 characters");
	}

	@Test
	void shouldReportUnbalancedQuotesAsInvalidCsv() {
		CatalogueFileReader.Parsed parsed = read(HEADER + "RRD-01,RRD,\"unclosed,D,F,G,E,AREA\n");
		assertThat(parsed.problems()).isNotEmpty();
		assertThat(parsed.rows()).isEmpty();
	}

	private CatalogueFileReader.Parsed read(String text) {
		return this.reader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String row(String code, String section, String scope) {
		return String.join(",", code, section, "Title of " + code, "Description of " + code, "Fair " + code,
				"Good " + code, "Excellent " + code, scope) + "\n";
	}

}
