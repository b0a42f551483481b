package uk.police.mopi.finance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialYearTest {

	@Test
	void shouldRunFromAprilToMarch() {
		assertThat(FinancialYear.of(LocalDate.of(2007, 3, 31)).label()).isEqualTo("2006/07");
		assertThat(FinancialYear.of(LocalDate.of(2007, 4, 1)).label()).isEqualTo("2007/08");
		assertThat(FinancialYear.parse("2009/10").firstDay()).isEqualTo(LocalDate.of(2009, 4, 1));
		assertThat(FinancialYear.parse("1999/00").lastDay()).isEqualTo(LocalDate.of(2000, 3, 31));
	}

	@Test
	void shouldRefuseTextThatIsNotAFinancialYear() {
		for (String text : new String[] { "2007/09", "2007-08", "07/08", "", "2007/8" }) {
			assertThatThrownBy(() -> FinancialYear.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
