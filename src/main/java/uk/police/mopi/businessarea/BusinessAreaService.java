package uk.police.mopi.businessarea;

import java.util.List;
import java.util.Optional;

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

	/** Every business area with the names of its owners. */
	public List<BusinessAreaWithOwners> areasWithOwners() {
		var ownersByArea = this.owners.ownersByArea();
		return areas().stream()
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
