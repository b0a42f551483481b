package uk.police.mopi.programme;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.UserService;

/**
 * The read models of the project pages: the list, a project's page and the project form,
 * each composed by one call.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPages {

	private final ProgrammeService programme;

	private final DeliveryQueries deliveries;

	private final ProgrammeCalendar calendar;

	private final UserService users;

	private final DeliveryConfidence confidence;

	private final DeliveryFollowUp followUp;

	ProjectPages(ProgrammeService programme, DeliveryQueries deliveries, ProgrammeCalendar calendar, UserService users,
			DeliveryConfidence confidence, DeliveryFollowUp followUp) {
		this.confidence = confidence;
		this.followUp = followUp;
		this.programme = programme;
		this.deliveries = deliveries;
		this.calendar = calendar;
		this.users = users;
	}

	/**
	 * The projects touching these business areas (all when null), only those rated
	 * {@code rag} when it is given.
	 */
	public List<ProjectView> list(Set<String> scope, Rag rag) {
		List<ProjectView> projects = (scope != null) ? this.programme.projectsTouching(scope)
				: this.programme.projects();
		return projects.stream().filter((p) -> rag == null || p.rag() == rag).toList();
	}

	/** A project's page. */
	public ProjectPage page(String code) {
		ProjectView project = project(code);
		Set<String> own = project.milestones().stream().map(MilestoneView::code).collect(Collectors.toSet());
		List<TimelineView.Dependency> dependencies = this.programme.dependencies()
			.stream()
			.filter((d) -> own.contains(d.predecessor()) || own.contains(d.successor()))
			.toList();
		return new ProjectPage(project, this.deliveries.deliveries(project.code()), this.programme.allMilestones(null),
				dependencies, this.calendar.today(), this.confidence.projects(List.of(project)).get(project.code()),
				this.followUp.notDeliveredOf(project.code()));
	}

	/** The delivery confidence of the projects listed, by code. */
	public java.util.Map<String, DeliveryConfidence.ConfidenceView> confidence(List<ProjectView> projects) {
		return this.confidence.projects(projects);
	}

	/** The form for a new project (code null) or for changing one. */
	public ProjectFormPage form(String code) {
		return new ProjectFormPage((code != null) ? project(code) : null, this.users.users());
	}

	private ProjectView project(String code) {
		return this.programme.project(code).orElseThrow(() -> new NotFoundException("There is no project " + code));
	}

}
