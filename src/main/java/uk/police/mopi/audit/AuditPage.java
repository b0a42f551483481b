package uk.police.mopi.audit;

import java.util.List;

/**
 * One page of the trail, newest first.
 *
 * @param rows the rows of this page
 * @param page this page's number, from 1
 * @param pages how many pages the filter gives (at least 1)
 * @param total how many rows the filter gives
 */
public record AuditPage(List<AuditRow> rows, int page, int pages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
