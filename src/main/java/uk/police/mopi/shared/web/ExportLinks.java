package uk.police.mopi.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The "Download CSV" and "Download Excel" links of a list page (drawn by
 * {@code fragments/components :: exportLinks}): the export's path with the page's
 * filters, without its page number, and how many rows the export holds.
 *
 * @param csv the CSV export's address, within the portal
 * @param xlsx the Excel export's address, within the portal
 * @param count the rows either holds
 */
public record ExportLinks(String csv, String xlsx, int count) {

	/** The links to the export at {@code path} with the request's filters. */
	public static ExportLinks of(String path, HttpServletRequest request, int count) {
		return links(path, new LinkedHashMap<>(request.getParameterMap()), count);
	}

	/**
	 * The links to the export at {@code path} with the filters given (null values left
	 * out): for a page whose filters the controller resolves (defaults, swapped dates).
	 */
	public static ExportLinks of(String path, Map<String, ?> filters, int count) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		filters.forEach((name, value) -> {
			if (value != null) {
				parameters.put(name, new String[] { value.toString() });
			}
		});
		return links(path, parameters, count);
	}

	private static ExportLinks links(String path, Map<String, String[]> parameters, int count) {
		parameters.remove(ListExport.FORMAT);
		String csv = PageOfRows.sameFilter(path, parameters);
		parameters.put(ListExport.FORMAT, new String[] { ListExport.Format.XLSX.extension() });
		return new ExportLinks(csv, PageOfRows.sameFilter(path, parameters), count);
	}

}
