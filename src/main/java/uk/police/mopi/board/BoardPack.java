package uk.police.mopi.board;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import uk.police.mopi.shared.persistence.AuditedEntity;

/**
 * The pack prepared for a Board meeting: a draft whose narrative the programme team
 * writes, then published with its figures frozen as JSON ({@link PackFiguresJson}).
 * Changed only through {@link BoardPacks}; a published pack refuses every change.
 */
@Entity
@Table(name = "board_pack")
class BoardPack extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long meetingId;

	private String title;

	private LocalDate asAt;

	@Enumerated(EnumType.STRING)
	private PackStatus status;

	private String summary;

	private String recommendations;

	private String equality;

	private String financial;

	private String background;

	private String contact;

	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "cast(? as jsonb)")
	private String figures;

	private Instant publishedAt;

	private String publishedBy;

	protected BoardPack() {
	}

	BoardPack(long meetingId, String title, LocalDate asAt, String by, Instant at) {
		this.meetingId = meetingId;
		this.title = title;
		this.asAt = asAt;
		this.status = PackStatus.DRAFT;
		write(Narrative.EMPTY);
		created(by, at);
	}

	void write(Narrative narrative, String by, Instant at) {
		write(narrative);
		changed(by, at);
	}

	private void write(Narrative narrative) {
		this.summary = narrative.summary();
		this.recommendations = narrative.recommendations();
		this.equality = narrative.equality();
		this.financial = narrative.financial();
		this.background = narrative.background();
		this.contact = narrative.contact();
	}

	/** Freezes the figures (as JSON) as at a date: the pack is published for good. */
	void publish(LocalDate asAt, String figures, String by, Instant at) {
		this.asAt = asAt;
		this.figures = figures;
		this.status = PackStatus.PUBLISHED;
		this.publishedAt = at;
		this.publishedBy = by;
		changed(by, at);
	}

	Narrative narrative() {
		return new Narrative(this.summary, this.recommendations, this.equality, this.financial, this.background,
				this.contact);
	}

	boolean published() {
		return this.status == PackStatus.PUBLISHED;
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getAsAt() {
		return this.asAt;
	}

	PackStatus getStatus() {
		return this.status;
	}

	String getFigures() {
		return this.figures;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	String getPublishedBy() {
		return this.publishedBy;
	}

}
