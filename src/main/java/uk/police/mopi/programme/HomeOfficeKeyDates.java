package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.KeyDateSource;

/**
 * The programme calendar's key dates, read from the Home Office milestones this module
 * owns: each one's due date as the Home Office set it (its baseline date).
 */
@Component
class HomeOfficeKeyDates implements KeyDateSource {

	private final JdbcClient jdbc;

	HomeOfficeKeyDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<KeyDate, LocalDate> keyDates() {
		Map<String, LocalDate> byCode = new java.util.HashMap<>();
		this.jdbc.sql("select code, baseline_date from milestone where kind = 'HOME_OFFICE' and removed_at is null")
			.query((rs, row) -> byCode.put(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list();
		Map<KeyDate, LocalDate> dates = new EnumMap<>(KeyDate.class);
		for (KeyDate keyDate : KeyDate.values()) {
			LocalDate date = byCode.get(keyDate.milestoneCode());
			if (date != null) {
				dates.put(keyDate, date);
			}
		}
		return dates;
	}

}
