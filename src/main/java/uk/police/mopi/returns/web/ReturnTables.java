package uk.police.mopi.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import uk.police.mopi.returns.HomeOfficeReturn;
import uk.police.mopi.shared.InvalidInputException;

/**
 * The three tables of the return in layout {@value HomeOfficeReturn#LAYOUT_VERSION}, the
 * same in CSV and Excel (docs/home-office-return.md): the column names are the layout's
 * identifiers, not text for people. Every row begins with the layout version, the force's
 * code and the date, so that the returns of many forces and dates can be loaded into one
 * table. Flags are Y or N; levels their names; dates yyyy-MM-dd.
 */
enum ReturnTables {

	/** One row per requirement. */
	REQUIREMENTS("Return",
			List.of("requirement_code", "requirement_title", "section_code", "section_name", "assessed_per",
					"force_level", "target_level", "evidence", "applicable_areas", "areas_at_least_fair",
					"areas_below_target")) {
		@Override
		List<List<Object>> body(HomeOfficeReturn r) {
			return rows(r, r.requirements(),
					(l) -> List.of(l.requirementCode(), l.title(), l.sectionCode(), l.sectionName(), l.assessedPer(),
							l.forceLevel(), text(l.targetLevel()), flag(l.evidence()), l.applicableAreas(),
							l.areasAtLeastFair(), l.areasBelowTarget()));
		}
	},

	/** One row per assessment: requirement x business area (FORCE for force-wide). */
	AREAS("Areas", List.of("requirement_code", "area_code", "area_name", "priority_area", "applicable", "level",
			"target_level", "target_date", "evidence_items")) {
		@Override
		List<List<Object>> body(HomeOfficeReturn r) {
			return rows(r, r.areas(),
					(l) -> List.of(l.requirementCode(), l.areaCode(), text(l.areaName()), flag(l.priorityArea()),
							flag(l.applicable()), l.level(), text(l.targetLevel()),
							(l.targetDate() != null) ? l.targetDate() : "", l.evidenceItems()));
		}
	},

	/** One row: the declaration. */
	DECLARATION("Declaration", List.of("declaration_code", "due_date", "statement", "supported", "cells_considered",
			"cells_meeting", "declared_by", "submitted_at")) {
		@Override
		List<List<Object>> body(HomeOfficeReturn r) {
			HomeOfficeReturn.Declaration d = r.declaration();
			return rows(r, List.of(d),
					(x) -> List.of(d.code(), d.dueDate(), d.statement(), flag(d.supported()), d.cellsConsidered(),
							d.cellsMeeting(), text(d.declaredBy()),
							(r.submission() != null) ? r.submission().submittedAt().toString() : ""));
		}
	};

	/** The columns every table begins with. */
	static final List<String> KEY_COLUMNS = List.of("layout_version", "force_code", "as_at");

	private final String sheetName;

	private final List<String> columns;

	ReturnTables(String sheetName, List<String> columns) {
		this.sheetName = sheetName;
		this.columns = columns;
	}

	/** The table asked for: requirements when none is named. */
	static ReturnTables named(String name) {
		if (name == null || name.isBlank()) {
			return REQUIREMENTS;
		}
		for (ReturnTables table : values()) {
			if (table.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
				return table;
			}
		}
		throw InvalidInputException.of("table", "returns.table.invalid");
	}

	String sheetName() {
		return this.sheetName;
	}

	/** The header: the key columns, then the table's own. */
	List<String> header() {
		List<String> header = new ArrayList<>(KEY_COLUMNS);
		header.addAll(this.columns);
		return header;
	}

	abstract List<List<Object>> body(HomeOfficeReturn r);

	private static <T> List<List<Object>> rows(HomeOfficeReturn r, List<T> lines, Function<T, List<Object>> cells) {
		List<List<Object>> rows = new ArrayList<>(lines.size());
		for (T line : lines) {
			List<Object> row = new ArrayList<>(List.of(r.layoutVersion(), r.forceCode(), r.asAt()));
			row.addAll(cells.apply(line));
			rows.add(row);
		}
		return rows;
	}

	private static String flag(boolean value) {
		return value ? "Y" : "N";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
