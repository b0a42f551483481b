package uk.police.mopi.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A section of the catalogue, one of the areas of the information lifecycle MoPI covers.
 */
@Entity
@Table(name = "catalogue_section")
class CatalogueSection {

	@Id
	private String code;

	private String name;

	private String description;

	private int displayOrder;

	protected CatalogueSection() {
	}

	SectionView toView() {
		return new SectionView(this.code, this.name, this.description);
	}

	String getCode() {
		return this.code;
	}

}
