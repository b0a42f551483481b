package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one password rule ({@link UserRules#checkPassword}): long enough, no more than 72
 * bytes (bcrypt's limit), not common or predictable, not like the person.
 */
class PasswordRulesTest {

	@Test
	void shouldRefuseTwelveIdenticalLettersAsTooEasyToGuess() {
		assertThat(problems("aaaaaaaaaaaa", "owner.custody", "Chris Ode")).containsExactly("user.password.tooCommon");
	}

	@Test
	void shouldRefuseACommonPassword() {
		assertThat(problems("password1234", "owner.custody", "Chris Ode")).containsExactly("user.password.tooCommon");
		assertThat(problems("qwertyuiop123", "owner.custody", "Chris Ode")).containsExactly("user.password.tooCommon");
	}

	@Test
	void shouldRefuseTheUsernameWithDigitsAsTooLikeTheName() {
		assertThat(problems("owner.custody123", "owner.custody", "Chris Ode"))
			.containsExactly("user.password.likeName");
		assertThat(problems("ChrisOde2008!", "owner.custody", "Chris Ode")).containsExactly("user.password.likeName");
	}

	@Test
	void shouldRefuseThePortalsOwnWordsAsTooEasyToGuess() {
		assertThat(problems("mopimopimopi", "board", "Bernadette Oakes")).containsExactly("user.password.tooCommon");
	}

	@Test
	void shouldRefuseSeventyTwoCharactersThatAreMoreThanSeventyTwoBytes() {
		String password = "é".repeat(72);
		assertThat(password).hasSize(72);
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(144);
		assertThat(problems(password, "board", "Bernadette Oakes")).containsExactly("user.password.tooLong");
	}

	@Test
	void shouldRefuseAShortPassword() {
		assertThat(problems("Tr0ub4dor&3", "board", "Bernadette Oakes")).containsExactly("user.password.tooShort");
	}

	@Test
	void shouldAcceptAFewUnrelatedWords() {
		assertThat(problems("correct horse battery staple", "board", "Bernadette Oakes")).isEmpty();
		assertThat(problems("a-long-enough-password", "pmo", "Priya Morgan")).isEmpty();
		assertThat(problems("ça-ne-fait-rien-über-alles-7", "board", "Bernadette Oakes")).isEmpty();
	}

	@Test
	void shouldAcceptSeventyTwoBytesExactly() {
		assertThat(problems(
				"Xq7#mZp2!vLr9@kWt4$nBs8%hJc3^fGy6&dQe1*" + "aUo5(iEr0)wTy2_pLk9+zMx4=".repeat(2).substring(0, 33),
				"board", "Bernadette Oakes"))
			.isEmpty();
	}

	private static List<String> problems(String password, String username, String displayName) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		UserRules.checkPassword(problems, "password", password, username, displayName);
		return problems.list().stream().map(InputProblem::code).toList();
	}

}
