package uk.police.mopi.programme;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A milestone of the programme. */
@Entity
@Table(name = "milestone")
class Milestone {

	@Id
	private Long id;

	private String code;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private MilestoneKind kind;

	private LocalDate dueDate;

	private boolean baseline;

	protected Milestone() {
	}

	MilestoneView toView() {
		return new MilestoneView(this.code, this.title, this.description, this.kind, this.dueDate, this.baseline);
	}

}
