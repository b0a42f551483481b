package uk.police.mopi.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the illustrative catalogue shipped in {@code db/catalogue/} when a database has
 * no catalogue yet, through the same importer an administrator uses for a force's own
 * file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IllustrativeCatalogueLoader implements ApplicationRunner {

	static final String FILE = "db/catalogue/illustrative-nfap.csv";

	static final String NAME = "Illustrative National Force Action Plan";

	static final String VERSION = "1";

	private final CatalogueImportService importer;

	IllustrativeCatalogueLoader(CatalogueImportService importer) {
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.importer.hasCatalogue()) {
			return;
		}
		ImportResult result = this.importer.importCatalogue(
				new CatalogueImportRequest(NAME, VERSION, true, "illustrative-nfap.csv", read(), "system"));
		if (!result.applied()) {
			throw new IllegalStateException(
					"The illustrative catalogue " + FILE + " does not import: " + result.problems());
		}
	}

	private static byte[] read() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

}
