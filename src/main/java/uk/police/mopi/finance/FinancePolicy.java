package uk.police.mopi.finance;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Who may do what with money: the one place for the finance module's rules, asked by
 * {@code @PreAuthorize}, by templates
 * ({@code ${@financePolicy.canManageBudget(#authentication)}}) and by
 * {@link FinanceService} as a second line of defence. Everyone signed in reads budgets;
 * only the programme team changes budget lines and records Board decisions. An area owner
 * reads the money of the projects touching the areas they own, and nothing of the
 * force's: no other project's line or decision, no force-wide decision, no force totals.
 */
@Component("financePolicy")
public class FinancePolicy {

	private final ObjectProvider<ProgrammeService> programme;

	/**
	 * The programme is looked up only to scope an area owner's reads, so web slices need
	 * not provide it.
	 */
	FinancePolicy(ObjectProvider<ProgrammeService> programme) {
		this.programme = programme;
	}

	/**
	 * The codes of the projects whose money this person reads, or null for all of the
	 * force's money (then force-wide figures such as the external cap are shown too).
	 */
	public Set<String> projectScope(PortalUser user) {
		Set<String> areas = (user != null) ? user.programmeScope() : null;
		if (areas == null) {
			return null;
		}
		return this.programme.getObject()
			.projectsTouching(areas)
			.stream()
			.map(ProjectView::code)
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean canManageBudget(Authentication authentication) {
		return canManage(PortalUser.from(authentication));
	}

	public boolean canManage(PortalUser user) {
		return user != null && user.is(Role.PROGRAMME_TEAM);
	}

}
