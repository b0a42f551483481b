package uk.police.mopi.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Imports a catalogue file as a new version that comes into force at once. The whole file
 * is checked first; any problem and nothing is applied. Earlier versions are kept, and
 * requirements keep their codes, so assessments made against a code are never lost.
 */
@Service
public class CatalogueImportService {

	private static final Logger log = LoggerFactory.getLogger(CatalogueImportService.class);

	private final CatalogueSectionRepository sections;

	private final CatalogueVersionRepository versions;

	private final RequirementRepository requirements;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	CatalogueImportService(CatalogueSectionRepository sections, CatalogueVersionRepository versions,
			RequirementRepository requirements, ProgrammeCalendar calendar, ApplicationEventPublisher events) {
		this.events = events;
		this.sections = sections;
		this.versions = versions;
		this.requirements = requirements;
		this.calendar = calendar;
	}

	/**
	 * Checks the whole file and, when it has no problem, applies it as the version in
	 * force.
	 * @return the new version, or every problem of the file's lines (nothing applied)
	 * @throws InvalidInputException when this name and version were imported already,
	 * when the file's name is not a plain name ending in .csv, or another import was
	 * applied at the same moment
	 */
	/**
	 * An uploaded file's name: at most 100 letters, digits, spaces, dots, dashes,
	 * underscores or brackets, ending in .csv. It is kept with the version and shown on
	 * the administrators' page.
	 */
	static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern
		.compile("^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,95}\\.[cC][sS][vV]$");

	@Transactional
	public ImportResult importCatalogue(CatalogueImportRequest request) {
		if (this.versions.existsByNameIgnoreCaseAndVersionLabelIgnoreCase(request.name(), request.versionLabel())) {
			throw InvalidInputException.of("versionLabel", "catalogue.import.version.taken", request.name(),
					request.versionLabel());
		}
		Set<String> knownSections = this.sections.findAll()
			.stream()
			.map(CatalogueSection::getCode)
			.collect(Collectors.toSet());
		CatalogueFileReader.Parsed parsed = new CatalogueFileReader(knownSections).read(request.content());
		if (!parsed.problems().isEmpty()) {
			return new ImportResult(null, parsed.problems());
		}
		if (request.fileName() == null || !FILE_NAME.matcher(request.fileName()).matches()) {
			throw InvalidInputException.of("file", "input.upload.name");
		}
		CatalogueVersionView version = apply(request, parsed.rows());
		this.events.publishEvent(new CatalogueImported(version));
		this.events.publishEvent(AuditEvent.of("catalogue.imported", "catalogue-version", version.label())
			.by(request.importedBy())
			.after(Map.of("fileName", String.valueOf(request.fileName()), "requirements", parsed.rows().size(),
					"previousVersionsRetired", true)));
		return new ImportResult(version, List.of());
	}

	/** Retires the version in force and saves the new one with its requirements. */
	private CatalogueVersionView apply(CatalogueImportRequest request, List<RequirementRow> rows) {
		CatalogueVersion version;
		try {
			this.versions.retireActive();
			version = this.versions
				.save(new CatalogueVersion(request.name(), request.versionLabel(), request.illustrative(),
						request.fileName(), rows.size(), this.calendar.now(), request.importedBy()));
			int order = 0;
			for (RequirementRow row : rows) {
				this.requirements.save(new Requirement(version.getId(), ++order, row));
			}
			this.requirements.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw InvalidInputException.of(null, "catalogue.import.concurrent");
		}
		log.info("Catalogue {} imported by {}: {} requirements", version.toView().label(), request.importedBy(),
				rows.size());
		return version.toView();
	}

	@Transactional(readOnly = true)
	public boolean hasCatalogue() {
		return this.versions.count() > 0;
	}

}
