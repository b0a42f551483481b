package uk.police.mopi.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One imported version of the catalogue. Versions are never edited: a new file makes a
 * new version, which becomes the one in force.
 */
@Entity
@Table(name = "catalogue_version")
class CatalogueVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String versionLabel;

	private boolean illustrative;

	private boolean active;

	private String sourceFileName;

	private int requirementCount;

	private Instant importedAt;

	private String importedBy;

	protected CatalogueVersion() {
	}

	CatalogueVersion(String name, String versionLabel, boolean illustrative, String sourceFileName,
			int requirementCount, Instant importedAt, String importedBy) {
		this.name = name;
		this.versionLabel = versionLabel;
		this.illustrative = illustrative;
		this.active = true;
		this.sourceFileName = sourceFileName;
		this.requirementCount = requirementCount;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
	}

	void retire() {
		this.active = false;
	}

	Long getId() {
		return this.id;
	}

	CatalogueVersionView toView() {
		return new CatalogueVersionView(this.id, this.name, this.versionLabel, this.illustrative, this.active,
				this.sourceFileName, this.requirementCount, this.importedAt, this.importedBy);
	}

}
