package uk.police.mopi.assessment;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.AssessedPer;
import uk.police.mopi.catalogue.CatalogueImported;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.DemoData;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Makes sure every requirement of the catalogue in force has its assessments: one per
 * business area, or one for the force. Runs in the transaction that brings a catalogue
 * into force. Assessments of requirements a new catalogue dropped are kept, with their
 * history.
 */
@Component
class CellSynchroniser {

	private static final Logger log = LoggerFactory.getLogger(CellSynchroniser.class);

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final JdbcClient jdbc;

	private final DemoData demoData;

	private final DemoBaseline demoBaseline;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	CellSynchroniser(CatalogueService catalogue, BusinessAreaService areas, JdbcClient jdbc, DemoData demoData,
			DemoBaseline demoBaseline, ProgrammeCalendar calendar, ApplicationEventPublisher events) {
		this.events = events;
		this.catalogue = catalogue;
		this.areas = areas;
		this.jdbc = jdbc;
		this.demoData = demoData;
		this.demoBaseline = demoBaseline;
		this.calendar = calendar;
	}

	@EventListener
	@Transactional
	public void on(CatalogueImported event) {
		List<RequirementView> requirements = this.catalogue.requirements();
		List<BusinessAreaView> allAreas = this.areas.areas();
		boolean first = this.jdbc.sql("select count(*) = 0 from assessment").query(Boolean.class).single();
		if (first && this.demoData.enabled()) {
			this.demoBaseline.create(requirements, allAreas);
			this.events.publishEvent(AuditEvent.of("demo-data.loaded", "assessment", null)
				.by("system")
				.after(Map.of("catalogueVersion", event.version().label(), "requirements", requirements.size())));
			return;
		}
		String[] perArea = codes(requirements, AssessedPer.AREA);
		String[] forceWide = codes(requirements, AssessedPer.FORCE);
		String[] areaCodes = allAreas.stream().map(BusinessAreaView::code).toArray(String[]::new);
		int created = this.jdbc.sql("""
				with cells as (
				    select r.code, a.code as area from unnest(cast(:perArea as text[])) r(code)
				    cross join unnest(cast(:areas as text[])) a(code)
				    union all
				    select r.code, null from unnest(cast(:forceWide as text[])) r(code)),
				created as (
				    insert into assessment (requirement_code, area_code, applicable, level, version,
				                            created_at, created_by, updated_at, updated_by)
				    select code, area, true, 'NOT_ASSESSED', 0, :now, 'system', :now, 'system' from cells
				    on conflict (requirement_code, coalesce(area_code, '*')) do nothing
				    returning id)
				insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level,
				                                applicable, version)
				select id, 'CREATED', :now, 'system', :why, 'NOT_ASSESSED', true, 0 from created
				""")
			.param("perArea", perArea)
			.param("areas", areaCodes)
			.param("forceWide", forceWide)
			.param("now", Timestamp.from(this.calendar.now()))
			.param("why", "Assessment created for " + event.version().label())
			.update();
		if (created > 0) {
			log.info("Created {} assessments for {}", created, event.version().label());
			this.events.publishEvent(AuditEvent.of("assessment.created", "catalogue-version", event.version().label())
				.after(Map.of("assessments", created)));
		}
	}

	private static String[] codes(List<RequirementView> requirements, AssessedPer per) {
		return requirements.stream()
			.filter((requirement) -> requirement.assessedPer() == per)
			.map(RequirementView::code)
			.toArray(String[]::new);
	}

}
