package uk.police.mopi.user;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect, beside local accounts. Off unless a client
 * registration is configured ({@code spring.security.oauth2.client.registration.*}): then
 * the pages' chain gains OpenID Connect sign-in, and the sign-in page (which asks
 * {@code @singleSignOn.providers()}) shows a button for each provider. After the provider
 * signs someone in, {@link SingleSignOnSuccessHandler} maps their groups and puts the
 * same {@link PortalUser} in the session as a local sign-in would.
 */
@Component("singleSignOn")
public class SingleSignOn {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final SingleSignOnAccounts accounts;

	private final String groupsClaim;

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOnAccounts accounts,
			@Value("${mopi.sso.groups-claim:groups}") String groupsClaim) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.groupsClaim = groupsClaim;
	}

	/** The configured identity providers, in the order configured; empty when off. */
	public List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> configured) {
			for (Object each : configured) {
				ClientRegistration registration = (ClientRegistration) each;
				providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
			}
		}
		return providers;
	}

	/**
	 * Adds OpenID Connect sign-in to a chain when a client registration is configured.
	 */
	void configure(HttpSecurity http) throws Exception {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null) {
			return;
		}
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(repository)
			.authorizedClientRepository(new NoAuthorizedClients())
			.successHandler(new SingleSignOnSuccessHandler(this.accounts, this.groupsClaim, this))
			.failureUrl("/login?ssoFailed"));
	}

	/** The name of the provider with this registration id, for the pages. */
	String name(String registrationId) {
		return providers().stream()
			.filter((provider) -> provider.id().equals(registrationId))
			.map(Provider::name)
			.findFirst()
			.orElse(registrationId);
	}

	/**
	 * An identity provider people may sign in with.
	 *
	 * @param id the registration id, as in {@code /oauth2/authorization/{id}}
	 * @param name the name on the button, e.g. "Force Entra ID"
	 */
	public record Provider(String id, String name) {
	}

	/**
	 * The portal calls no API of the provider: it keeps neither access nor refresh tokens
	 * once the ID token has signed the person in.
	 */
	private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
