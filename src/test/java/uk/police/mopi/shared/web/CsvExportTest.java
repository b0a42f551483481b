package uk.police.mopi.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export is a CSV attachment whose cells a spreadsheet shows and never runs as a
 * formula.
 */
class CsvExportTest {

	@Test
	void shouldNeutraliseCellsThatASpreadsheetWouldRunAsAFormula() {
		for (String formula : List.of("=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tx",
				"\rx")) {
			assertThat(CsvExport.neutralised(formula)).isEqualTo("'" + formula);
		}
		assertThat(CsvExport.neutralised("RRD-07")).isEqualTo("RRD-07");
		assertThat(CsvExport.neutralised("")).isEmpty();
		assertThat(CsvExport.neutralised(null)).isNull();
	}

	@Test
	void shouldWriteAnAttachmentWithTheHeaderAndEveryRow() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsvExport.write(response, "x.csv", List.of("Requirement", "Title"),
				List.of(List.of("RRD-07", "Review, \"retention\""), List.of("RRD-08", "=cmd|' /C calc'!A0")));
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"x.csv\"");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("Requirement,Title\r\nRRD-07,\"Review, \"\"retention\"\"\"\r\nRRD-08,'=cmd|' /C calc'!A0\r\n");
	}

}
