package uk.police.mopi.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * The demo's evidence, after the assessments and the programme's own demo data: in every
 * business area, up to {@value #PER_AREA} assessments at Fair or above carry evidence
 * added two days after their level was last set (and before today by the demo clock),
 * each recorded in the assessment's history. The first piece in each area has a small
 * sample file, a PDF or a PNG made here byte for byte the same on every run. Which
 * assessments are chosen follows a hash of their codes, so the demo is the same every
 * time. The worked example (RRD-07 in Custody) is left without evidence for the guide's
 * journey.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 35)
class EvidenceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvidenceDemoData.class);

	static final int PER_AREA = 4;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** What evidence of each kind is called, and where it is kept. */
	private static final List<String[]> KINDS = List.of(
			new String[] { "Review log dip sample", "%s SharePoint > MoPI > Review logs" },
			new String[] { "Retention schedule sign-off", "%s registry file MOPI/RRD/%d" },
			new String[] { "Data quality audit report", "Information Management Unit audit folder, %s" },
			new String[] { "Training attendance record", "Learning and Development records, %s" },
			new String[] { "Procedure issued to staff", "Force intranet > Procedures > %s" },
			new String[] { "Minutes of the monthly compliance meeting", "MoPI programme office file, %s" });

	private final DemoData demoData;

	private final JdbcClient jdbc;

	private final BusinessAreaService areas;

	private final ProgrammeCalendar calendar;

	private final EvidenceFiles files;

	private final ApplicationEventPublisher events;

	EvidenceDemoData(DemoData demoData, JdbcClient jdbc, BusinessAreaService areas, ProgrammeCalendar calendar,
			EvidenceFiles files, ApplicationEventPublisher events) {
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.areas = areas;
		this.calendar = calendar;
		this.files = files;
		this.events = events;
	}

	/** An assessment chosen for evidence, with the moment its level was last set. */
	record Chosen(long assessmentId, String requirementCode, String areaCode, Instant levelSetAt) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled()
				|| this.jdbc.sql("select count(*) from assessment_evidence").query(Long.class).single() > 0) {
			return;
		}
		Instant startOfToday = this.calendar.today().atStartOfDay(this.calendar.zone()).toInstant();
		int added = 0;
		int withFiles = 0;
		for (BusinessAreaView area : this.areas.areas()) {
			List<Chosen> chosen = chosen(area.code(), startOfToday);
			for (int i = 0; i < chosen.size(); i++) {
				boolean file = add(area, chosen.get(i), i);
				added++;
				withFiles += file ? 1 : 0;
			}
		}
		log.info("Demo data: {} pieces of evidence, {} with a sample file", added, withFiles);
		this.events.publishEvent(AuditEvent.of("demo-data.loaded", "assessment-evidence", null)
			.by("system")
			.after(Map.of("evidence", added, "files", withFiles)));
	}

	/**
	 * The area's assessments at Fair or above whose level was set more than two days
	 * before today, in the order of a hash of their codes.
	 */
	private List<Chosen> chosen(String area, Instant startOfToday) {
		return this.jdbc.sql("""
				select a.id, a.requirement_code, a.area_code, h.changed_at
				from assessment a
				join lateral (select max(changed_at) as changed_at from assessment_history
				              where assessment_id = a.id) h on true
				where a.area_code = :area and a.applicable and a.level in ('FAIR', 'GOOD', 'EXCELLENT')
				  and not (a.requirement_code = 'RRD-07' and a.area_code = 'CUS')
				  and h.changed_at < :latest
				order by md5(a.requirement_code || '/' || a.area_code), a.id
				limit :n
				""")
			.param("area", area)
			.param("latest", Timestamp.from(startOfToday.minus(java.time.Duration.ofDays(2))))
			.param("n", PER_AREA)
			.query((rs, row) -> new Chosen(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Adds one piece of evidence, and its history row; true when it has a file. */
	private boolean add(BusinessAreaView area, Chosen cell, int index) {
		Instant at = cell.levelSetAt().plus(java.time.Duration.ofDays(2));
		LocalDate day = LocalDate.ofInstant(at, this.calendar.zone());
		String[] kind = KINDS.get(Math.floorMod((cell.requirementCode() + area.code()).hashCode(), KINDS.size()));
		String title = kind[0] + ", " + area.name() + ", " + day.format(MONTH);
		String reference = String.format(Locale.UK, kind[1], area.name(), day.getYear());
		String by = "CUS".equals(area.code()) ? "owner.custody" : "pmo";
		EvidenceFiles.Checked file = (index == 0) ? sample(area, title, day) : null;
		long id = this.jdbc.sql("""
				insert into assessment_evidence (assessment_id, title, reference, added_by, added_at,
				                                 file_name, file_type, file_size, file_sha256)
				values (:assessment, :title, :reference, :by, :at, :name, :type, :size, :sha256)
				returning id
				""")
			.param("assessment", cell.assessmentId())
			.param("title", title)
			.param("reference", reference)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("name", (file != null) ? file.name() : null)
			.param("type", (file != null) ? file.type() : null)
			.param("size", (file != null) ? file.size() : null)
			.param("sha256", (file != null) ? file.sha256() : null)
			.query(Long.class)
			.single();
		if (file != null) {
			this.jdbc.sql("insert into assessment_evidence_file (evidence_id, content) values (:id, :content)")
				.param("id", id)
				.param("content", file.bytes())
				.update();
		}
		this.jdbc.sql("""
				insert into assessment_history (assessment_id, kind, changed_at, changed_by, to_value, reason,
				                                level, applicable, target_level, target_date, version)
				select h.assessment_id, 'EVIDENCE_ADDED', :at, :by, :title, :reference,
				       h.level, h.applicable, h.target_level, h.target_date, h.version
				from assessment_history h where h.assessment_id = :assessment
				order by h.changed_at desc, h.id desc limit 1
				""")
			.param("assessment", cell.assessmentId())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("title", title)
			.param("reference", reference)
			.update();
		return file != null;
	}

	/** A sample file, checked as any upload is: a PDF in odd areas, a PNG in even. */
	private EvidenceFiles.Checked sample(BusinessAreaView area, String title, LocalDate day) {
		boolean pdf = Math.floorMod(area.code().hashCode(), 2) == 0;
		String base = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
		EvidenceUpload upload = pdf ? new EvidenceUpload(base + ".pdf", SampleFiles.pdf(title, day.toString()))
				: new EvidenceUpload(base + ".png", SampleFiles.png(area.code()));
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		EvidenceFiles.Checked checked = this.files.check(upload, problems);
		problems.throwIfAny();
		return checked;
	}

}
