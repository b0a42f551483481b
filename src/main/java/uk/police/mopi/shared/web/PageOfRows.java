package uk.police.mopi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list, with the links the shared pagination fragment
 * ({@code fragments/components :: pagination}) draws: previous, next and the page numbers
 * around this one, each keeping the request's other parameters.
 *
 * @param <T> a row
 * @param rows the rows of this page
 * @param page this page's number, from 1
 * @param pages how many pages (at least 1)
 * @param total how many rows in all
 * @param first the number of this page's first row (0 when there are none)
 * @param last the number of this page's last row
 * @param items the page numbers to offer, an ellipsis where a number is null
 * @param previous the address of the previous page, or null
 * @param next the address of the next page, or null
 */
public record PageOfRows<T>(List<T> rows, int page, int pages, int total, int first, int last, List<Item> items,
		String previous, String next) {

	/** Rows per page of the portal's long lists. */
	public static final int SIZE = 100;

	/**
	 * A page number to offer.
	 *
	 * @param number the page, or null for an ellipsis
	 * @param href its address
	 * @param current whether it is the page shown
	 */
	public record Item(Integer number, String href, boolean current) {
	}

	/**
	 * The page asked for (the first when it is out of range) of the rows, linked from the
	 * path with the request's parameters.
	 */
	public static <T> PageOfRows<T> of(List<T> all, Integer asked, String path, Map<String, String[]> parameters) {
		int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int page = (asked == null || asked < 1 || asked > pages) ? 1 : asked;
		int from = (page - 1) * SIZE;
		int to = Math.min(all.size(), from + SIZE);
		List<Item> items = new ArrayList<>();
		for (int n = 1; n <= pages; n++) {
			if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
				items.add(new Item(n, href(path, parameters, n), n == page));
			}
			else if (items.get(items.size() - 1).number() != null) {
				items.add(new Item(null, null, false));
			}
		}
		return new PageOfRows<>(List.copyOf(all.subList(from, to)), page, pages, all.size(),
				all.isEmpty() ? 0 : from + 1, to, items, (page > 1) ? href(path, parameters, page - 1) : null,
				(page < pages) ? href(path, parameters, page + 1) : null);
	}

	/**
	 * The path with the request's parameters other than the page: where an export of
	 * every row of the same filter is.
	 */
	public static String sameFilter(String path, Map<String, String[]> parameters) {
		return withParameters(path, parameters).encode().build().toUriString();
	}

	/**
	 * The address of page n: the path, the other parameters as they were, and the page.
	 */
	private static String href(String path, Map<String, String[]> parameters, int n) {
		return withParameters(path, parameters).queryParam("page", n).encode().build().toUriString();
	}

	private static UriComponentsBuilder withParameters(String path, Map<String, String[]> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, values) -> {
			if (!"page".equals(name)) {
				uri.queryParam(name, (Object[]) values);
			}
		});
		return uri;
	}

}
