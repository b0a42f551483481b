package uk.police.mopi.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A long list in pages of 100, linked with the filter it was asked with. */
class PageOfRowsTest {

	private static final List<Integer> ROWS = IntStream.rangeClosed(1, 1439).boxed().toList();

	@Test
	void shouldCutAPageAndLinkItsNeighboursKeepingTheFilter() {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parameters.put("area", new String[] { "CUS" });
		parameters.put("page", new String[] { "7" });
		PageOfRows<Integer> page = PageOfRows.of(ROWS, 7, "/assessments/compare", parameters);
		assertThat(page.rows()).hasSize(100).startsWith(601).endsWith(700);
		assertThat(page.pages()).isEqualTo(15);
		assertThat(page.first()).isEqualTo(601);
		assertThat(page.last()).isEqualTo(700);
		assertThat(page.previous()).isEqualTo("/assessments/compare?area=CUS&page=6");
		assertThat(page.next()).isEqualTo("/assessments/compare?area=CUS&page=8");
		assertThat(page.items()).extracting(PageOfRows.Item::number).containsExactly(1, null, 6, 7, 8, null, 15);
		assertThat(page.items()).filteredOn(PageOfRows.Item::current)
			.extracting(PageOfRows.Item::number)
			.containsExactly(7);
	}

	@Test
	void shouldShowTheFirstPageForAPageThatDoesNotExistAndTheLastRowsOnTheLastPage() {
		assertThat(PageOfRows.of(ROWS, 99, "/x", Map.of()).page()).isEqualTo(1);
		assertThat(PageOfRows.of(ROWS, -1, "/x", Map.of()).page()).isEqualTo(1);
		PageOfRows<Integer> last = PageOfRows.of(ROWS, 15, "/x", Map.of());
		assertThat(last.rows()).hasSize(39).endsWith(1439);
		assertThat(last.next()).isNull();
		PageOfRows<Integer> none = PageOfRows.of(List.of(), null, "/x", Map.of());
		assertThat(none.pages()).isEqualTo(1);
		assertThat(none.first()).isZero();
		assertThat(none.rows()).isEmpty();
	}

	@Test
	void shouldEncodeTheFilterInItsLinks() {
		Map<String, String[]> parameters = Map.of("q", new String[] { "a&b=c \"<" });
		assertThat(PageOfRows.of(ROWS, 1, "/x", parameters).next()).isEqualTo("/x?q=a%26b%3Dc%20%22%3C&page=2");
		assertThat(PageOfRows.sameFilter("/x/export", parameters)).isEqualTo("/x/export?q=a%26b%3Dc%20%22%3C");
	}

}
