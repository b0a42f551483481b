package uk.police.mopi.programme.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.MilestoneKind;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.web.ListExport;

/**
 * The programme's lists as export tables, in the words their pages use: projects,
 * milestones and unplanned gaps. Each table is built from the rows its page shows.
 */
@Component
class ProgrammeExports {

	private final MessageSource messages;

	private final ProgrammeCalendar calendar;

	ProgrammeExports(MessageSource messages, ProgrammeCalendar calendar) {
		this.messages = messages;
		this.calendar = calendar;
	}

	ListExport.Table projects(List<ProjectView> projects, Map<String, DeliveryConfidence.ConfidenceView> confidence,
			Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("projects.col.code", "projects.col.name", "projects.col.workstream",
				"projects.col.status", "export.col.start", "export.col.end", "export.col.areas", "projects.col.rag",
				"export.col.ragOverridden", "export.col.confidence", "export.col.sponsor", "export.col.manager");
		return new ListExport.Table("projects-" + this.calendar.today(), header, (rows) -> {
			for (ProjectView project : projects) {
				DeliveryConfidence.ConfidenceView confident = confidence.get(project.code());
				rows.add(project.code(), project.name(), words.of("workstream.", project.workstream()),
						words.of("projectStatus.", project.status()), project.startDate(), project.endDate(),
						String.join(" ", project.areas().stream().sorted().toList()), words.of("rag.", project.rag()),
						words.yesNo(project.overridden()),
						(confident != null) ? words.of("confidence.", confident.confidence()) : null, project.sponsor(),
						project.manager());
			}
		});
	}

	ListExport.Table milestones(List<MilestoneView> milestones, String name, Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("milestones.col.code", "milestones.col.title", "milestones.col.project",
				"milestones.col.baseline", "milestones.col.forecast", "milestones.col.actual", "export.col.progress",
				"export.col.slipDays");
		return new ListExport.Table(name, header, (rows) -> {
			for (MilestoneView milestone : milestones) {
				rows.add(milestone.code(), milestone.title(),
						(milestone.projectCode() != null) ? milestone.projectCode() : words.of("milestones.homeOffice"),
						milestone.baselineDate(), milestone.forecastDate(), milestone.actualDate(),
						progress(milestone, words), milestone.slipDays());
			}
		});
	}

	ListExport.Table gaps(List<AssessmentView> gaps, Map<String, String> titles, String area, Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("compare.col.requirement", "export.col.title", "compare.col.area", "cell.level",
				"export.col.targetLevel", "export.col.targetDate");
		String name = "unplanned-gaps-" + ((area != null) ? area + "-" : "") + this.calendar.today();
		return new ListExport.Table(name, header, (rows) -> {
			for (AssessmentView gap : gaps) {
				String code = gap.key().requirementCode();
				rows.add(code, titles.getOrDefault(code, ""), gap.key().area(), words.of("level.", gap.level()),
						words.of("level.", gap.targetLevel()), gap.targetDate());
			}
		});
	}

	/**
	 * The progress the page shows: the full-compliance milestone's status comes from the
	 * plan and the forecast while it is planned.
	 */
	private String progress(MilestoneView milestone, ListExport.Words words) {
		if (milestone.kind() == MilestoneKind.HOME_OFFICE && milestone.status() == MilestoneStatus.PLANNED
				&& milestone.baselineDate().equals(this.calendar.fullCompliance())) {
			return words.of("progress.FROM_FIGURES");
		}
		return words.of("progress.", milestone.progress());
	}

}
