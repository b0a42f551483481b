package uk.police.mopi.user;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.SingleSignOnProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through a real OpenID Connect provider running in the test JVM, driven
 * the way a browser drives it (cookies kept, redirects followed one by one): roles and
 * areas come from the mapped groups at every sign-in; unmapped people land on "access
 * pending" with no rights; the local break-glass administrator still signs in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mopi.demo-data.enabled=true")
class SingleSignOnJourneyTest implements SingleSignOnProvider {

	@LocalServerPort
	private int port;

	@Autowired
	private SignInGroupService groups;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void mapGroups() {
		this.groups.add(new NewSignInGroup("mopi-admins", Role.ADMIN, null), "test");
		this.groups.add(new NewSignInGroup("mopi-board", Role.BOARD, null), "test");
		this.groups.add(new NewSignInGroup("/owners/custody", Role.AREA_OWNER, "CUS"), "test");
		this.groups.add(new NewSignInGroup("/owners/intelligence", Role.AREA_OWNER, "INT"), "test");
	}

	@AfterEach
	void forgetSingleSignOn() {
		this.jdbc.sql("delete from identity_group_mapping").update();
		this.jdbc.sql("delete from app_user where oidc_subject is not null").update();
	}

	@Test
	void shouldSignInWithTheMostPrivilegedMappedRoleAndTheUnionOfOwnedAreas() throws Exception {
		HttpClient browser = SingleSignOnProvider.browser();
		SingleSignOnProvider.nextSignIn("dana.fox", "Dana Fox",
				List.of("/owners/custody", "/owners/intelligence", "mopi-board", "canteen-rota"));

		assertThat(SingleSignOnProvider.signOn(browser, base())).isEqualTo("/");

		HttpResponse<String> home = get(browser, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Dana Fox").contains("Business-area owner");
		assertThat(get(browser, "/admin/users").statusCode()).isEqualTo(403);
		assertThat(account("dana.fox")).isEqualTo("AREA_OWNER CUS,INT enabled");
	}

	@Test
	void shouldTakeRightsAwayWhenTheGroupsChangeAtTheNextSignIn() throws Exception {
		SingleSignOnProvider.nextSignIn("sam.reed", "Sam Reed", List.of("mopi-admins"));
		HttpClient first = SingleSignOnProvider.browser();
		assertThat(SingleSignOnProvider.signOn(first, base())).isEqualTo("/");
		assertThat(get(first, "/admin/users").statusCode()).isEqualTo(200);
		assertThat(account("sam.reed")).isEqualTo("ADMIN  enabled");

		SingleSignOnProvider.nextSignIn("sam.reed", "Sam Reed", List.of("mopi-board"));
		HttpClient second = SingleSignOnProvider.browser();
		assertThat(SingleSignOnProvider.signOn(second, base())).isEqualTo("/");
		assertThat(get(second, "/admin/users").statusCode()).isEqualTo(403);
		assertThat(account("sam.reed")).isEqualTo("BOARD  enabled");

		SingleSignOnProvider.nextSignIn("sam.reed", "Sam Reed", List.of());
		HttpClient third = SingleSignOnProvider.browser();
		assertThat(SingleSignOnProvider.signOn(third, base())).isEqualTo("/access-pending");
		assertThat(account("sam.reed")).isEqualTo("BOARD  pending");
		assertThat(get(third, "/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void shouldSendSomeoneWithNoMappedGroupToAccessPendingWithNoRights() throws Exception {
		HttpClient browser = SingleSignOnProvider.browser();
		SingleSignOnProvider.nextSignIn("lee.nash", "Lee Nash", List.of("canteen-rota", "car-park"));

		assertThat(SingleSignOnProvider.signOn(browser, base())).isEqualTo("/access-pending");

		HttpResponse<String> pending = get(browser, "/access-pending");
		assertThat(pending.statusCode()).isEqualTo(200);
		assertThat(pending.body()).contains("Access pending")
			.contains("Lee Nash signed in with " + PROVIDER_NAME)
			.contains("canteen-rota")
			.contains("car-park")
			.contains("the team that runs " + PROVIDER_NAME);
		HttpResponse<String> home = get(browser, "/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(this.jdbc.sql("select count(*) from app_user where oidc_subject = 'lee.nash'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldStillSignInTheLocalBreakGlassAdministratorBesideTheProvidersButton() throws Exception {
		HttpClient browser = SingleSignOnProvider.browser();
		HttpResponse<String> login = get(browser, "/login");
		assertThat(login.body()).contains("Sign in with " + PROVIDER_NAME).contains("/oauth2/authorization/sso");

		HttpResponse<String> signedIn = postLogin(browser, login.body(), DemoAccounts.ADMIN.username(),
				DemoAccounts.PASSWORD);

		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(get(browser, "/admin/sign-in-groups").body()).contains("/owners/custody");
	}

	@Test
	void shouldRefuseLocalSignInToAnAccountMadeBySingleSignOn() throws Exception {
		SingleSignOnProvider.nextSignIn("kim.hale", "Kim Hale", List.of("mopi-admins"));
		assertThat(SingleSignOnProvider.signOn(SingleSignOnProvider.browser(), base())).isEqualTo("/");

		HttpClient browser = SingleSignOnProvider.browser();
		HttpResponse<String> refused = postLogin(browser, get(browser, "/login").body(), "kim.hale",
				AppUser.NO_PASSWORD);

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
	}

	/**
	 * Role, areas and whether the account counts as enabled, of the account made for a
	 * subject.
	 */
	private String account(String subject) {
		return this.jdbc
			.sql("""
					select u.role || ' ' || coalesce(string_agg(o.business_area_code, ',' order by o.business_area_code), '')
					       || ' ' || case when u.access_pending then 'pending' when u.enabled then 'enabled' else 'disabled' end
					from app_user u left join business_area_owner o on o.user_id = u.id
					where u.oidc_issuer = ? and u.oidc_subject = ?
					group by u.id""")
			.param(SingleSignOnProvider.issuer())
			.param(subject)
			.query(String.class)
			.single();
	}

	private HttpResponse<String> postLogin(HttpClient browser, String loginPage, String username, String password)
			throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		return browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
