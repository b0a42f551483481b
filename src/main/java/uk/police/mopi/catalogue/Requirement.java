package uk.police.mopi.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A requirement as it stands in one catalogue version. */
@Entity
@Table(name = "requirement")
class Requirement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long catalogueVersionId;

	private String code;

	private String sectionCode;

	private String title;

	private String description;

	@Column(name = "fair_criteria")
	private String fair;

	@Column(name = "good_criteria")
	private String good;

	@Column(name = "excellent_criteria")
	private String excellent;

	@Enumerated(EnumType.STRING)
	private AssessedPer assessedPer;

	private int displayOrder;

	protected Requirement() {
	}

	Requirement(Long catalogueVersionId, int displayOrder, RequirementRow row) {
		this.catalogueVersionId = catalogueVersionId;
		this.displayOrder = displayOrder;
		this.code = row.code();
		this.sectionCode = row.section();
		this.title = row.title();
		this.description = row.description();
		this.fair = row.fair();
		this.good = row.good();
		this.excellent = row.excellent();
		this.assessedPer = row.assessedPer();
	}

}
