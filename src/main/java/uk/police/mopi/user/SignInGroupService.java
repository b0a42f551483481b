package uk.police.mopi.user;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Which of the identity provider's groups give which role in the portal, and what a
 * person's groups give them at sign-in. When groups map to several roles the most
 * privileged wins, in the order of {@link Role} (administrator, programme team, area
 * owner, Investment Board); an area owner owns the union of the areas of their area-owner
 * groups.
 */
@Service
@Transactional(readOnly = true)
public class SignInGroupService {

	private final IdentityGroupMappingRepository mappings;

	private final BusinessAreaService areas;

	private final ProgrammeCalendar calendar;

	SignInGroupService(IdentityGroupMappingRepository mappings, BusinessAreaService areas, ProgrammeCalendar calendar) {
		this.mappings = mappings;
		this.areas = areas;
		this.calendar = calendar;
	}

	/** Every mapping, by group name. */
	public List<SignInGroupView> groups() {
		return this.mappings.findAllByOrderByGroupNameAscRoleAscBusinessAreaCodeAsc()
			.stream()
			.map(IdentityGroupMapping::toView)
			.toList();
	}

	/**
	 * Maps a group to a role (and, for an area owner, an area).
	 * @throws InvalidInputException when an area owner's area is missing or unknown, or
	 * the same mapping exists
	 */
	@Transactional
	public SignInGroupView add(NewSignInGroup group, String by) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		String area = (group.role() == Role.AREA_OWNER) ? group.businessAreaCode() : null;
		if (group.role() == Role.AREA_OWNER && (area == null || area.isBlank())) {
			problems.add("businessAreaCode", "signInGroup.area.required");
		}
		else if (area != null && this.areas.area(area).isEmpty()) {
			problems.add("businessAreaCode", "signInGroup.area.unknown");
		}
		else if (exists(group.groupName(), group.role(), area)) {
			problems.add("groupName", "signInGroup.taken");
		}
		problems.throwIfAny();
		return this.mappings.saveAndFlush(new IdentityGroupMapping(group, this.calendar.now(), by)).toView();
	}

	/**
	 * Removes a mapping: people in that group lose what it gave at their next sign-in.
	 */
	@Transactional
	public SignInGroupView remove(long id) {
		IdentityGroupMapping mapping = this.mappings.findById(id)
			.orElseThrow(() -> new SignInGroupNotFoundException(id));
		this.mappings.delete(mapping);
		this.mappings.flush();
		return mapping.toView();
	}

	/**
	 * What these groups give: the most privileged role among their mappings, with the
	 * union of the areas for an area owner; empty when no group is mapped.
	 */
	Optional<Grant> grantFor(Collection<String> groups) {
		if (groups.isEmpty()) {
			return Optional.empty();
		}
		List<IdentityGroupMapping> found = this.mappings.findByGroupNameIn(Set.copyOf(groups));
		return found.stream().map(IdentityGroupMapping::getRole).min(Comparator.naturalOrder()).map((role) -> {
			Set<String> owned = found.stream()
				.filter((mapping) -> role == Role.AREA_OWNER && mapping.getRole() == role)
				.map(IdentityGroupMapping::getBusinessAreaCode)
				.collect(Collectors.toCollection(TreeSet::new));
			return new Grant(role, owned);
		});
	}

	private boolean exists(String groupName, Role role, String area) {
		return (area != null) ? this.mappings.existsByGroupNameAndRoleAndBusinessAreaCode(groupName, role, area)
				: this.mappings.existsByGroupNameAndRoleAndBusinessAreaCodeIsNull(groupName, role);
	}

	/** A role and, for an area owner, the areas owned. */
	record Grant(Role role, Set<String> areas) {
	}

}
