package uk.police.mopi.dashboard.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.context.support.AbstractMessageSource;

import uk.police.mopi.dashboard.Trajectory;
import uk.police.mopi.shared.KeyDate;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trajectory chart is well-formed SVG whatever its texts hold: every text goes
 * through the one escaping writer.
 */
class TrajectorySvgTest {

	private static final String HOSTILE = "\"><svg onload=alert(1)></script> & 'quoted'";

	@Test
	void shouldEscapeHostileTextInEveryLabel() throws Exception {
		TrajectorySvg chart = new TrajectorySvg(new Hostile(), calendar());
		Trajectory.Point start = new Trajectory.Point(LocalDate.parse("2006-12-31"), 20, 10, 5);
		Trajectory.Point now = new Trajectory.Point(LocalDate.parse("2008-09-30"), 20, 50, 25);
		Trajectory.Point end = new Trajectory.Point(LocalDate.parse("2010-12-31"), 20, 100, 100);
		String svg = chart.render(new Trajectory(List.of(start, now), List.of(now, end), 0, start, end,
				LocalDate.parse("2010-06-30"), LocalDate.parse("2011-06-30"), 0, 0));
		assertThat(svg).doesNotContain("<svg onload").doesNotContain("</script>");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(1);
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).startsWith(HOSTILE);
		assertThat(document.getElementsByTagName("text")
			.item(document.getElementsByTagName("text").getLength() - 1)
			.getTextContent()).startsWith(HOSTILE);
	}

	static ProgrammeCalendar calendar() {
		ZoneId zone = ZoneId.of("Europe/London");
		Clock clock = Clock.fixed(WebSliceTest.Calendar.TODAY.atTime(18, 0).atZone(zone).toInstant(), zone);
		Map<KeyDate, LocalDate> dates = new EnumMap<>(KeyDate.class);
		dates.put(KeyDate.CAPABILITY_ASSESSMENT, LocalDate.parse("2006-12-31"));
		dates.put(KeyDate.FAIR_IN_PRIORITY_AREAS, LocalDate.parse("2007-03-31"));
		dates.put(KeyDate.FUNDED_ACTION_PLAN, LocalDate.parse("2007-12-31"));
		dates.put(KeyDate.FULL_COMPLIANCE, LocalDate.parse("2010-12-31"));
		return new ProgrammeCalendar(clock, () -> dates);
	}

	/** Every message starts with hostile text. */
	static class Hostile extends AbstractMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			return new MessageFormat(HOSTILE.replace("'", "''") + " " + code, locale);
		}

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			return HOSTILE + " " + code;
		}

	}

}
