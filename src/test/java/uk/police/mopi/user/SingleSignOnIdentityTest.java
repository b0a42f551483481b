package uk.police.mopi.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a person's groups from the claim the portal is set to read. */
class SingleSignOnIdentityTest {

	@Test
	void shouldReadAListOfGroupsTrimmedWithoutBlanksOrRepeats() {
		Map<String, Object> claims = Map.of("groups", List.of(" /mopi-admins", "/mopi-admins", "", "b1f0-42"));

		assertThat(SingleSignOnIdentity.groups(claims, "groups")).containsExactly("/mopi-admins", "b1f0-42");
	}

	@Test
	void shouldReadANestedClaimByItsDottedPath() {
		Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("mopi-board")));

		assertThat(SingleSignOnIdentity.groups(claims, "realm_access.roles")).containsExactly("mopi-board");
	}

	@Test
	void shouldReadASingleGroupSentAsTextAndNoneWhenTheClaimIsMissing() {
		assertThat(SingleSignOnIdentity.groups(Map.of("roles", "mopi-board"), "roles")).containsExactly("mopi-board");
		assertThat(SingleSignOnIdentity.groups(Map.of("roles", "mopi-board"), "groups")).isEmpty();
		assertThat(SingleSignOnIdentity.groups(Map.of("realm_access", "x"), "realm_access.roles")).isEmpty();
	}

}
