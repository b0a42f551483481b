package uk.police.mopi.returns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The force's code goes in every row of a return and in its file names: the portal does
 * not start with one a national body could not load.
 */
class ForceCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "way-too-long-for-a-force-code", "a\"b", "=1+1" })
	void shouldRefuseToStartWithACodeOutsideLettersDigitsAndHyphens(String code) {
		assertThatIllegalStateException().isThrownBy(() -> new ReturnBuilder(null, null, null, null, null, code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ILLUSTRATIVE-00", "01", "MPS" })
	void shouldAcceptAForceCode(String code) {
		assertThatNoException().isThrownBy(() -> new ReturnBuilder(null, null, null, null, null, code));
	}

}
