package uk.police.mopi.user;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;

/**
 * Makes sure someone can sign in. With demo data, creates the demo accounts of
 * {@link DemoPeople} (all with the password {@value DemoData#DEMO_PASSWORD}). Otherwise,
 * when there is no administrator yet, creates the first one from
 * {@code MOPI_ADMIN_USERNAME} and {@code MOPI_ADMIN_PASSWORD}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccountsLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountsLoader.class);

	private final UserService users;

	private final DemoData demoData;

	private final String adminUsername;

	private final String adminPassword;

	AccountsLoader(UserService users, DemoData demoData, @Value("${mopi.admin.username:}") String adminUsername,
			@Value("${mopi.admin.password:}") String adminPassword) {
		this.users = users;
		this.demoData = demoData;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoData.enabled()) {
			List<String> created = this.users.createDemoAccounts(DemoPeople.ACCOUNTS);
			log.info("Demo data is ON: {} demo accounts ({} new) with password {}: {}", DemoPeople.ACCOUNTS.size(),
					created.size(), DemoData.DEMO_PASSWORD,
					DemoPeople.ACCOUNTS.stream().map(NewUser::username).toList());
		}
		if (!this.users.hasAdministrator()) {
			createFirstAdministrator();
		}
	}

	private void createFirstAdministrator() {
		if (!StringUtils.hasText(this.adminUsername) || !StringUtils.hasText(this.adminPassword)) {
			log.warn("There is no administrator. Set MOPI_ADMIN_USERNAME and MOPI_ADMIN_PASSWORD and restart to "
					+ "create the first one.");
			return;
		}
		try {
			this.users.create(
					new NewUser(this.adminUsername, "Administrator", this.adminPassword, Role.ADMIN, Set.of()),
					"system");
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("MOPI_ADMIN_USERNAME or MOPI_ADMIN_PASSWORD is refused ("
					+ ex.problems().stream().map(InputProblem::code).toList() + "): the password must be at least "
					+ UserRules.MIN_PASSWORD_LENGTH + " characters and at most " + UserRules.MAX_PASSWORD_BYTES
					+ " bytes long, hard to guess and unlike the username", ex);
		}
		log.info("Created the first administrator, {}, from MOPI_ADMIN_USERNAME", this.adminUsername);
	}

}
