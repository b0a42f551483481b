package uk.police.mopi.shared.persistence;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rows read into records by name, as Spring's own mapper reads them, with the columns
 * found once per result set.
 */
@PortalTest
class RowsTest {

	private static final String ROWS = """
			select n as id, 'M' || n as milestone_code, date '2008-10-01' + n as "forecastDate",
			       case when n % 2 = 0 then 'MONDAY' else 'FRIDAY' end as day,
			       case when n % 3 = 0 then null else n * 1.5 end as amount,
			       n as lag_days
			from generate_series(1, 7) as n order by n
			""";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldReadEachColumnIntoTheComponentOfItsName() {
		List<Row> rows = this.jdbc.sql(ROWS).query(Rows.of(Row.class)).list();
		assertThat(rows).hasSize(7);
		assertThat(rows.get(1))
			.isEqualTo(new Row(2, "M2", LocalDate.of(2008, 10, 3), DayOfWeek.MONDAY, new BigDecimal("3.0"), 2));
		assertThat(rows.get(2)).isEqualTo(new Row(3, "M3", LocalDate.of(2008, 10, 4), DayOfWeek.FRIDAY, null, 3));
	}

	@Test
	void shouldReadWhatSpringsOwnMapperReads() {
		assertThat(this.jdbc.sql(ROWS).query(Rows.of(Row.class)).list())
			.isEqualTo(this.jdbc.sql(ROWS).query(Row.class).list());
	}

	@Test
	void shouldRefuseANullForAPrimitiveAsSpringsOwnMapperDoes() {
		String nullLag = "select null as lag_days";
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.jdbc.sql(nullLag).query(Rows.of(Lag.class)).list());
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.jdbc.sql(nullLag).query(Lag.class).list());
	}

	@Test
	void shouldNameAComponentWithNoColumn() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.jdbc.sql("select 1 as id").query(Rows.of(Row.class)).list())
			.withMessageContaining("Row.milestoneCode");
	}

	@Test
	void shouldRefuseTwoColumnsOfOneName() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.jdbc.sql("select 1 as lag_days, 2 as \"lagDays\"").query(Rows.of(Lag.class)).list())
			.withMessageContaining("Two columns");
	}

	record Row(long id, String milestoneCode, LocalDate forecastDate, DayOfWeek day, BigDecimal amount, int lagDays) {
	}

	record Lag(int lagDays) {
	}

}
