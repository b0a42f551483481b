package uk.police.mopi.businessarea;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A business area: reference data kept by migrations. */
@Entity
@Table(name = "business_area")
class BusinessArea {

	@Id
	private String code;

	private String name;

	private String description;

	private boolean priority;

	private int displayOrder;

	protected BusinessArea() {
	}

	BusinessAreaView toView() {
		return new BusinessAreaView(this.code, this.name, this.description, this.priority);
	}

}
