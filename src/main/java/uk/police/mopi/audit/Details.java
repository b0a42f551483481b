package uk.police.mopi.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The details column: {@code {"before":{...},"after":{...}}} as JSON text, with every
 * value whose key names a password, hash, token or secret replaced by {@value #REDACTED},
 * at any depth. Values are kept as numbers, booleans, strings or lists of them.
 */
final class Details {

	static final String REDACTED = "[redacted]";

	private static final List<String> SECRET_WORDS = List.of("password", "hash", "token", "secret");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Details() {
	}

	/** True when a key names something that must never be written. */
	static boolean isSecret(String key) {
		String lower = (key != null) ? key.toLowerCase(Locale.ROOT) : "";
		return SECRET_WORDS.stream().anyMatch(lower::contains);
	}

	static String of(Map<String, ?> before, Map<String, ?> after) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (!before.isEmpty()) {
			details.put("before", redact(before));
		}
		if (!after.isEmpty()) {
			details.put("after", redact(after));
		}
		return JSON.writeValueAsString(details);
	}

	private static Map<String, Object> redact(Map<?, ?> values) {
		Map<String, Object> redacted = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			String name = String.valueOf(key);
			redacted.put(name, isSecret(name) ? REDACTED : plain(value));
		});
		return redacted;
	}

	/**
	 * Orders values of any kind by their text, so a set's elements are listed the same
	 * way each time.
	 */
	static int compare(Object a, Object b) {
		return String.valueOf(a).compareTo(String.valueOf(b));
	}

	/**
	 * A value as JSON can hold it: maps redacted, collections as lists, the rest as text.
	 */
	static Object plain(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			return redact(map);
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>();
			collection.forEach((element) -> list.add(plain(element)));
			return list;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

}
