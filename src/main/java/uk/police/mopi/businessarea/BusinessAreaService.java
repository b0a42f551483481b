package uk.police.mopi.businessarea;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the business areas and their owners. */
@Service
@Transactional(readOnly = true)
public class BusinessAreaService {

	private final BusinessAreaRepository areas;

	private final AreaOwnerDirectory owners;

	BusinessAreaService(BusinessAreaRepository areas, AreaOwnerDirectory owners) {
		this.areas = areas;
		this.owners = owners;
	}

	public List<BusinessAreaView> areas() {
		return this.areas.findAllInOrder().stream().map(BusinessArea::toView).toList();
	}

	public Optional<BusinessAreaView> area(String code) {
		return (code != null) ? this.areas.findById(code).map(BusinessArea::toView) : Optional.empty();
	}

	/**
	 * The business areas this person reads: an area owner only the areas they own (the
	 * scope comes from {@link AreaOwnerDirectory#scopeOf}).
	 */
	public List<BusinessAreaView> areasFor(Authentication authentication) {
		Set<String> scope = this.owners.scopeOf(authentication);
		return areas().stream().filter((area) -> scope == null || scope.contains(area.code())).toList();
	}

	/** The business areas this person reads, with the names of their owners. */
	public List<BusinessAreaWithOwners> areasWithOwners(Authentication authentication) {
		var ownersByArea = this.owners.ownersByArea();
		return areasFor(authentication).stream()
			.map((area) -> new BusinessAreaWithOwners(area, ownersByArea.getOrDefault(area.code(), List.of())))
			.toList();
	}

	/**
	 * A business area and its owners.
	 *
	 * @param area the area
	 * @param owners display names of its owners, possibly none
	 */
	public record BusinessAreaWithOwners(BusinessAreaView area, List<String> owners) {
	}

}
