package uk.police.mopi.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the catalogue in force: its sections and requirements, with search.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private static final String REQUIREMENT_COLUMNS = """
			select r.code, r.section_code, s.name as section_name, r.title, r.description,
			       r.fair_criteria, r.good_criteria, r.excellent_criteria, r.assessed_per
			from requirement r
			join catalogue_version v on v.id = r.catalogue_version_id and v.active
			join catalogue_section s on s.code = r.section_code
			""";

	private final CatalogueSectionRepository sections;

	private final CatalogueVersionRepository versions;

	private final JdbcClient jdbc;

	CatalogueService(CatalogueSectionRepository sections, CatalogueVersionRepository versions, JdbcClient jdbc) {
		this.sections = sections;
		this.versions = versions;
		this.jdbc = jdbc;
	}

	public List<SectionView> sections() {
		return this.sections.findAllInOrder().stream().map(CatalogueSection::toView).toList();
	}

	public Optional<CatalogueVersionView> activeVersion() {
		return this.versions.findByActiveTrue().map(CatalogueVersion::toView);
	}

	public List<CatalogueVersionView> versions() {
		return this.versions.findAllNewestFirst().stream().map(CatalogueVersion::toView).toList();
	}

	/** Every requirement in force, by section and code. */
	public List<RequirementView> requirements() {
		return search(RequirementSearch.ALL);
	}

	/**
	 * Requirements in force that match a search: a code (or the start of one), or words
	 * that must all appear in the code, title, description or criteria.
	 */
	public List<RequirementView> search(RequirementSearch search) {
		String[] patterns = words(search.text());
		String section = StringUtils.hasText(search.section()) ? search.section().trim().toUpperCase(Locale.ROOT)
				: null;
		return this.jdbc.sql(REQUIREMENT_COLUMNS + """
				where (cast(:section as text) is null or r.section_code = :section)
				  and concat_ws(' ', r.code, r.title, r.description, r.fair_criteria, r.good_criteria,
				                r.excellent_criteria) ilike all (cast(:patterns as text[]))
				order by s.display_order, r.display_order
				""").param("section", section).param("patterns", patterns).query(CatalogueService::toView).list();
	}

	public Optional<RequirementView> requirement(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(REQUIREMENT_COLUMNS + " where r.code = :code")
			.param("code", code.trim().toUpperCase(Locale.ROOT))
			.query(CatalogueService::toView)
			.optional();
	}

	private static String[] words(String text) {
		if (!StringUtils.hasText(text)) {
			return new String[0];
		}
		return Arrays.stream(text.trim().split("\\s+"))
			.limit(10)
			.map((word) -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toArray(String[]::new);
	}

	private static RequirementView toView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RequirementView(rs.getString("code"), rs.getString("section_code"), rs.getString("section_name"),
				rs.getString("title"), rs.getString("description"), rs.getString("fair_criteria"),
				rs.getString("good_criteria"), rs.getString("excellent_criteria"),
				AssessedPer.valueOf(rs.getString("assessed_per")));
	}

}
