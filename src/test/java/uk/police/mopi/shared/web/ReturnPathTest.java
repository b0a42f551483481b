package uk.police.mopi.shared.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a person came from is kept only when it is a path on this portal: nothing that
 * could send them to another site (an open redirect).
 */
class ReturnPathTest {

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard/areas/CUS", "/dashboard/areas/CUS?show=unplanned", "/",
			"/assessments?area=CUS&gaps=true" })
	void shouldKeepALocalPath(String path) {
		assertThat(ReturnPath.safe(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "//evil.example/dashboard", "https://evil.example",
			"http://evil.example/", "javascript:alert(1)", "evil.example", "dashboard/areas/CUS", "/\\evil.example",
			"\\\\evil.example", "/ /evil.example", "/\t/evil.example", "/\r\nLocation: https://evil.example",
			"/x?next=https://evil.example", "" })
	void shouldRefuseAnythingThatCouldLeaveThePortal(String path) {
		assertThat(ReturnPath.safe(path)).isNull();
	}

	@Test
	void shouldRefuseNothingAndTheVeryLong() {
		assertThat(ReturnPath.safe(null)).isNull();
		assertThat(ReturnPath.safe("/" + "a".repeat(400))).isNull();
	}

}
