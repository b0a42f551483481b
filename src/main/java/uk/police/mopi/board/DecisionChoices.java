package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.ProjectDirectory;

/**
 * What the form recording a Board decision offers: meetings, published packs, projects.
 */
@Service
@Transactional(readOnly = true)
public class DecisionChoices {

	private final DecisionRecords records;

	private final ProjectDirectory projects;

	DecisionChoices(DecisionRecords records, ProjectDirectory projects) {
		this.records = records;
		this.projects = projects;
	}

	/**
	 * What the form offers.
	 *
	 * @param meetings every meeting, latest first
	 * @param packs every published pack, latest meeting first
	 * @param projects every project's code and name, by code
	 */
	public record Choices(List<DecisionRegister.MeetingOption> meetings, List<PackOption> packs,
			Map<String, String> projects) {
	}

	/**
	 * A published pack as a choice.
	 *
	 * @param id id
	 * @param meetingId its meeting
	 * @param title title
	 * @param asAt the date its figures are as at
	 */
	public record PackOption(long id, long meetingId, String title, LocalDate asAt) {
	}

	public Choices choices() {
		Map<String, String> names = new LinkedHashMap<>();
		this.projects.byId().values().forEach((p) -> names.put(p.code(), p.name()));
		return new Choices(
				this.records.meetings()
					.stream()
					.map((m) -> new DecisionRegister.MeetingOption(m.id(), m.meetingDate(), m.title()))
					.toList(),
				this.records.publishedPacks()
					.stream()
					.map((p) -> new PackOption(p.id(), p.meetingId(), p.title(), p.asAt()))
					.toList(),
				names);
	}

}
