package uk.police.mopi.businessarea;

/**
 * A business area.
 *
 * @param code short stable code, e.g. {@code CUS}
 * @param name e.g. "Custody"
 * @param description what information it holds
 * @param priority true for the six priority areas the National Force Action Plan applied
 * to first
 */
public record BusinessAreaView(String code, String name, String description, boolean priority) {
}
