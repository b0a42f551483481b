package uk.police.mopi.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CatalogueImportService(CatalogueSectionRepository sections, CatalogueVersionRepository versions,
			RequirementRepository requirements, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.sections = sections;
		this.versions = versions;
		this.requirements = requirements;
		this.clock = clock;
	}

	@Transactional
	public ImportResult importCatalogue(CatalogueImportRequest request) {
		if (this.versions.existsByNameIgnoreCaseAndVersionLabelIgnoreCase(request.name(), request.versionLabel())) {
			return new ImportResult(null, List.of(ImportProblem.ofFile("\"" + request.name() + "\" version "
					+ request.versionLabel() + " has been imported already. Give this file a new version.")));
		}
		Set<String> knownSections = this.sections.findAll()
			.stream()
			.map(CatalogueSection::getCode)
			.collect(Collectors.toSet());
		CatalogueFileReader.Parsed parsed = new CatalogueFileReader(knownSections).read(request.content());
		if (!parsed.problems().isEmpty()) {
			return new ImportResult(null, parsed.problems());
		}
		this.versions.retireActive();
		CatalogueVersion version = this.versions
			.save(new CatalogueVersion(request.name(), request.versionLabel(), request.illustrative(),
					request.fileName(), parsed.rows().size(), this.clock.instant(), request.importedBy()));
		int order = 0;
		for (RequirementRow row : parsed.rows()) {
			this.requirements.save(new Requirement(version.getId(), ++order, row));
		}
		log.info("Catalogue {} imported by {}: {} requirements", version.toView().label(), request.importedBy(),
				parsed.rows().size());
		this.requirements.flush();
		this.events.publishEvent(new CatalogueImported(version.toView()));
		return new ImportResult(version.toView(), List.of());
	}

	@Transactional(readOnly = true)
	public boolean hasCatalogue() {
		return this.versions.count() > 0;
	}

}
