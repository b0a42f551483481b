package uk.police.mopi.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone changed a record after the version a change was based on, so nothing was
 * applied. Every module says this one way: a 409 page naming who changed it and when,
 * with their values beside yours and a button that applies yours to the current version;
 * on the API a 409 body with the same facts.
 */
public class ConcurrentChangeException extends RuntimeException {

	private final String subjectCode;

	private final transient List<Object> subjectArgs;

	private final String changedBy;

	private final Instant changedAt;

	private final long currentVersion;

	private final transient List<ConflictField> fields;

	private final String currentPath;

	private ConcurrentChangeException(Builder builder) {
		super("Changed by " + builder.changedBy + " at " + builder.changedAt + "; now at version "
				+ builder.currentVersion);
		this.subjectCode = builder.subjectCode;
		this.subjectArgs = List.copyOf(builder.subjectArgs);
		this.changedBy = builder.changedBy;
		this.changedAt = builder.changedAt;
		this.currentVersion = builder.currentVersion;
		this.fields = List.copyOf(builder.fields);
		this.currentPath = builder.currentPath;
	}

	/**
	 * Starts a conflict on a record named by a message code (e.g. {@code subject.project}
	 * with the project's code).
	 */
	public static Builder on(String subjectCode, Object... subjectArgs) {
		return new Builder(subjectCode, List.of(subjectArgs));
	}

	/** Message code naming the record, e.g. "Project {0}". */
	public String subjectCode() {
		return this.subjectCode;
	}

	public List<Object> subjectArgs() {
		return this.subjectArgs;
	}

	/** Who made the change that came first. */
	public String changedBy() {
		return this.changedBy;
	}

	/** When they made it. */
	public Instant changedAt() {
		return this.changedAt;
	}

	/** The version a change must now be based on. */
	public long currentVersion() {
		return this.currentVersion;
	}

	/** Their values beside yours, field by field. */
	public List<ConflictField> fields() {
		return this.fields;
	}

	/** Where the record can be seen as it now stands. */
	public String currentPath() {
		return this.currentPath;
	}

	/**
	 * One field of the record: its value now (theirs) and in the refused change (yours).
	 *
	 * @param name the form and API field name
	 * @param labelCode message code of its label
	 * @param theirs the value now, as shown to a person (or an enum's name)
	 * @param yours the value in the refused change, as shown to a person (or an enum's
	 * name)
	 * @param valueCodePrefix for enums, the prefix of their names' message codes (e.g.
	 * {@code level.}); null for values shown as they are
	 */
	public record ConflictField(String name, String labelCode, String theirs, String yours, String valueCodePrefix) {

		/** True when the two versions differ in this field. */
		public boolean differs() {
			return !java.util.Objects.equals(this.theirs, this.yours);
		}

	}

	/** Builds the refusal: who and when, the current version, the fields, the path. */
	public static final class Builder {

		private final String subjectCode;

		private final List<Object> subjectArgs;

		private String changedBy;

		private Instant changedAt;

		private long currentVersion;

		private final List<ConflictField> fields = new ArrayList<>();

		private String currentPath;

		private Builder(String subjectCode, List<Object> subjectArgs) {
			this.subjectCode = subjectCode;
			this.subjectArgs = subjectArgs;
		}

		/** Who changed it first, when, and the version it is now at. */
		public Builder changedBy(String who, Instant when, long version) {
			this.changedBy = who;
			this.changedAt = when;
			this.currentVersion = version;
			return this;
		}

		/** A field's value now and in the refused change; nulls show as blank. */
		public Builder field(String name, String labelCode, Object theirs, Object yours) {
			this.fields.add(new ConflictField(name, labelCode, (theirs != null) ? theirs.toString() : "",
					(yours != null) ? yours.toString() : "", null));
			return this;
		}

		/**
		 * An enum field shown in words: each value's text is the message
		 * {@code valueCodePrefix + name()} (e.g. {@code level.GOOD}); null shows as
		 * blank.
		 */
		public Builder field(String name, String labelCode, String valueCodePrefix, Enum<?> theirs, Enum<?> yours) {
			this.fields.add(new ConflictField(name, labelCode, (theirs != null) ? theirs.name() : "",
					(yours != null) ? yours.name() : "", valueCodePrefix));
			return this;
		}

		/** The page showing the record as it now stands. */
		public Builder currentPath(String path) {
			this.currentPath = path;
			return this;
		}

		public ConcurrentChangeException build() {
			if (this.changedBy == null || this.changedAt == null || this.currentPath == null) {
				throw new IllegalStateException("A conflict names who changed the record, when, and where it is");
			}
			return new ConcurrentChangeException(this);
		}

	}

}
