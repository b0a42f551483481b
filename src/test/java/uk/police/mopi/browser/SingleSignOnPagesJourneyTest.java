package uk.police.mopi.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.SingleSignOnProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in a real browser, through the OpenID Connect provider running in the
 * test JVM: the sign-in page with its provider button, the administrators' sign-in groups
 * page (with its errors) and the "access pending" page of someone whose groups are not
 * mapped, each checked with axe-core.
 */
class SingleSignOnPagesJourneyTest extends BrowserJourney implements SingleSignOnProvider {

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void forgetSingleSignOn() {
		this.jdbc.sql("delete from identity_group_mapping").update();
		this.jdbc.sql("delete from app_user where oidc_subject is not null").update();
	}

	@Test
	void shouldMapAGroupThenShowAccessPendingToSomeoneOutsideIt() {
		open("/login");
		assertThat(driver.findElement(By.linkText("Sign in with " + PROVIDER_NAME)).getAttribute("href"))
			.endsWith("/oauth2/authorization/sso");
		Browser.assertAccessible(driver);
		Browser.signIn(driver, base(), DemoAccounts.ADMIN.username(), DemoAccounts.PASSWORD);

		open("/admin/users");
		Browser.navigate(driver, By.linkText("Sign-in groups for single sign-on"));
		Browser.assertAccessible(driver);
		driver.findElement(By.id("groupName")).sendKeys("/owners/custody");
		driver.findElement(By.id("role-AREA_OWNER")).click();
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--warning)"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the business area an area-owner group owns");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "sign-in-groups-errors");
		new Select(driver.findElement(By.id("businessAreaCode"))).selectByValue("CUS");
		Browser.navigate(driver, By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--warning)"));
		assertThat(driver.findElement(By.tagName("table")).getText()).contains("/owners/custody");
		Browser.assertAccessible(driver);
		Browser.signOut(driver);

		SingleSignOnProvider.nextSignIn("lee.nash", "Lee Nash", List.of("canteen-rota"));
		open("/login");
		Browser.navigate(driver, By.linkText("Sign in with " + PROVIDER_NAME));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Access pending");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("canteen-rota");
		Browser.assertAccessible(driver);
		Browser.screenshot(driver, "access-pending");
	}

}
