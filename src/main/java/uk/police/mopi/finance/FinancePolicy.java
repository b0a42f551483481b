package uk.police.mopi.finance;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may do what with money: the one place for the finance module's rules, asked by
 * {@code @PreAuthorize}, by templates
 * ({@code ${@financePolicy.canManageBudget(#authentication)}}) and by
 * {@link FinanceService} as a second line of defence. Everyone signed in reads budgets;
 * only the programme team changes budget lines and records Board decisions.
 */
@Component("financePolicy")
public class FinancePolicy {

	public boolean canManageBudget(Authentication authentication) {
		return canManage(PortalUser.from(authentication));
	}

	public boolean canManage(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

}
