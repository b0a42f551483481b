package uk.police.mopi.board;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes and reads a pack's frozen {@link PackFigures} as the JSON kept in
 * {@code board_pack.figures}, with the portal's own (Boot-configured) Jackson mapper:
 * dates as ISO text, amounts as exact decimals. Reading ignores fields it does not know,
 * so a pack stored by a later shape still reads. The one place that knows the stored
 * form: the decisions slice reads frozen figures through it too.
 */
@Component
public class PackFiguresJson {

	private final JsonMapper json;

	private final ObjectReader reader;

	PackFiguresJson(JsonMapper json) {
		this.json = json;
		this.reader = json.readerFor(PackFigures.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	/** The figures as stored JSON. */
	public String write(PackFigures figures) {
		return this.json.writeValueAsString(figures);
	}

	/** Stored JSON read back into figures. */
	public PackFigures read(String stored) {
		return this.reader.readValue(stored);
	}

}
