package uk.police.mopi.catalogue.web;

import java.io.IOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import uk.police.mopi.catalogue.CatalogueImportRequest;

/** What an administrator fills in to import a catalogue file. */
class CatalogueImportForm {

	@NotBlank(message = "{catalogue.import.name.required}")
	@Size(max = 120, message = "{catalogue.import.name.size}")
	private String name = "National Force Action Plan";

	@NotBlank(message = "{catalogue.import.version.required}")
	@Size(max = 40, message = "{catalogue.import.version.size}")
	@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 ._/-]*$", message = "{catalogue.import.version.pattern}")
	private String versionLabel;

	@FileChosen
	private MultipartFile file;

	/** The file to import, by whom. */
	CatalogueImportRequest toRequest(String by) throws IOException {
		return new CatalogueImportRequest(this.name, this.versionLabel, false, this.file.getOriginalFilename(),
				this.file.getBytes(), by);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name.strip() : null;
	}

	public String getVersionLabel() {
		return this.versionLabel;
	}

	public void setVersionLabel(String versionLabel) {
		this.versionLabel = (versionLabel != null) ? versionLabel.strip() : null;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
