package uk.police.mopi.assessment;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's evidence agrees with the demo's levels and clock: some in every business
 * area, only on assessments at Fair or above, added after the level was set and before
 * today, each in the history; and sample files whose recorded SHA-256, size and type are
 * those of their bytes.
 */
@PortalTest
class EvidenceDemoDataTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private BusinessAreaService areas;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldGiveEveryBusinessAreaEvidenceOnAssessmentsAtFairOrAbove() {
		List<String> withEvidence = this.jdbc.sql("""
				select distinct a.area_code from assessment_evidence e join assessment a on a.id = e.assessment_id
				where e.removed_at is null and a.area_code is not null order by 1
				""").query(String.class).list();
		assertThat(withEvidence).hasSize(22).hasSameSizeAs(this.areas.areas());
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_evidence e join assessment a on a.id = e.assessment_id
				where a.level not in ('FAIR', 'GOOD', 'EXCELLENT') or not a.applicable
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from assessment_evidence where title like '%, % 20%'")
			.query(Long.class)
			.single()).isEqualTo(22L * EvidenceDemoData.PER_AREA);
	}

	@Test
	void shouldDateEvidenceAfterTheLevelWasSetAndBeforeTodayAndRecordItInTheHistory() {
		Timestamp today = Timestamp.from(this.calendar.today().atStartOfDay(this.calendar.zone()).toInstant());
		assertThat(this.jdbc.sql("select count(*) from assessment_evidence where added_at >= :today")
			.param("today", today)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_evidence e
				where not exists (select 1 from assessment_history h where h.assessment_id = e.assessment_id
				                  and h.kind = 'EVIDENCE_ADDED' and h.changed_at = e.added_at and h.to_value = e.title)
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_evidence e join assessment a on a.id = e.assessment_id
				where exists (select 1 from assessment_history h where h.assessment_id = a.id
				              and h.kind in ('LEVEL', 'BASELINE', 'PROPOSAL_ACCEPTED') and h.changed_at > e.added_at)
				""").query(Long.class).single()).as("evidence dated before a later change of level").isZero();
	}

	@Test
	void shouldKeepSampleFilesWhoseRecordMatchesTheirBytes() {
		List<Map<String, Object>> files = this.jdbc.sql("""
				select e.file_type, e.file_size = length(f.content) as size_matches,
				       e.file_sha256 = encode(sha256(f.content), 'hex') as hash_matches
				from assessment_evidence e join assessment_evidence_file f on f.evidence_id = e.id
				""").query().listOfRows();
		assertThat(files).hasSize(22);
		assertThat(files).allSatisfy((file) -> {
			assertThat(file.get("file_type")).isIn("application/pdf", "image/png");
			assertThat(file.get("size_matches")).isEqualTo(true);
			assertThat(file.get("hash_matches")).isEqualTo(true);
		});
		assertThat(files).extracting((file) -> file.get("file_type")).contains("application/pdf", "image/png");
		System.out.println("EvidenceDemoDataTest: " + this.jdbc.sql("""
				select a.requirement_code || '/' || a.area_code || ' ' || e.file_type || ' ' || e.file_size
				from assessment_evidence e join assessment a on a.id = e.assessment_id
				where e.file_name is not null and a.area_code = 'CUS'
				""").query(String.class).list() + ", total bytes "
				+ this.jdbc.sql("select sum(file_size) from assessment_evidence").query(Long.class).single());
	}

	@Test
	void shouldMakeTheSameSampleFilesEveryTime() {
		assertThat(SampleFiles.pdf("Title", "2008-03-01")).isEqualTo(SampleFiles.pdf("Title", "2008-03-01"));
		assertThat(SampleFiles.png("CUS")).isEqualTo(SampleFiles.png("CUS"));
	}

}
