package uk.police.mopi.programme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.programme.PlanRemovals;
import uk.police.mopi.shared.InvalidInputException;

/**
 * The removal forms on a project's page: a milestone, a dependency
 * ("predecessor&gt;successor") or traced assessments ("milestone|RRD-07/CUS"), each with
 * a reason.
 */
class RemovalForm {

	private static final Pattern TRACE = Pattern.compile("^[A-Z0-9-]{2,20}\\|[A-Z]{2,6}-[0-9]{2,3}/[A-Z]{2,6}$");

	private String removeMilestone;

	private String dependency;

	private List<String> traces = new ArrayList<>();

	private String removalReason;

	/** The dependency's two codes, predecessor first; refused when it is not one. */
	String[] dependencyCodes() {
		String[] codes = (this.dependency != null) ? this.dependency.split(">") : new String[0];
		if (codes.length != 2 || codes[0].isBlank() || codes[1].isBlank()) {
			throw InvalidInputException.of("dependency", "plan.error.noDependency", "?", "?");
		}
		return codes;
	}

	/** The ticked traces; refused when one is not a trace. */
	List<PlanRemovals.Trace> traceList() {
		List<PlanRemovals.Trace> list = new ArrayList<>();
		for (String value : this.traces) {
			String text = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
			if (!TRACE.matcher(text).matches()) {
				throw InvalidInputException.of("traces", "plan.error.noTraces");
			}
			String[] parts = text.split("[|/]");
			list.add(new PlanRemovals.Trace(parts[0], CellKey.of(parts[1], parts[2])));
		}
		return list;
	}

	public String getRemoveMilestone() {
		return this.removeMilestone;
	}

	public void setRemoveMilestone(String removeMilestone) {
		this.removeMilestone = removeMilestone;
	}

	public String getDependency() {
		return this.dependency;
	}

	public void setDependency(String dependency) {
		this.dependency = dependency;
	}

	public List<String> getTraces() {
		return this.traces;
	}

	public void setTraces(List<String> traces) {
		this.traces = (traces != null) ? traces : new ArrayList<>();
	}

	public String getRemovalReason() {
		return this.removalReason;
	}

	public void setRemovalReason(String removalReason) {
		this.removalReason = removalReason;
	}

}
