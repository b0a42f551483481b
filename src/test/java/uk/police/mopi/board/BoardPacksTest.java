package uk.police.mopi.board;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pack published freezes its figures: after the data moves, the pack's page and API
 * still say what they said, while the dashboard says what is true now; a published pack
 * refuses every change.
 */
@PortalTest
@Transactional
class BoardPacksTest {

	private static final Pattern HEADLINE = Pattern
		.compile("id=\"pack-headline-(applicable|atLeastFair|atLeastGood|excellent)\"[^>]*>(\\d+)<");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldKeepAPublishedPacksFiguresWhenAnAssessmentChanges() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		long id = draft("2008-09-30", "Pack for today");
		this.mvc.perform(post("/api/v1/board-packs/" + id + "/publish").with(user(pmo)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		String before = api(id);
		String pageBefore = headline(id);
		String dashboardBefore = dashboard();
		assertThat(counts(before)).isEqualTo(counts(dashboardBefore));

		int changed = this.jdbc.update("""
				update assessment set level = 'EXCELLENT'
				where id = (select id from assessment where applicable and level in ('NOT_MET', 'NOT_ASSESSED')
				            order by id limit 1)
				""");
		assertThat(changed).isEqualTo(1);

		String after = api(id);
		assertThat(counts(after)).isEqualTo(counts(before));
		assertThat(headline(id)).isEqualTo(pageBefore);
		int[] now = counts(dashboard());
		int[] then = counts(dashboardBefore);
		assertThat(now[1]).isEqualTo(then[1] + 1);
		assertThat(now[2]).isEqualTo(then[2] + 1);
		assertThat(now[3]).isEqualTo(then[3] + 1);
	}

	@Test
	void shouldGiveTheDashboardsHeadlineAsAtTheMeetingForADemoPack() throws Exception {
		Long id = this.jdbc.queryForObject("""
				select p.id from board_pack p join board_meeting m on m.id = p.meeting_id
				where m.meeting_date = date '2007-09-24' and p.status = 'PUBLISHED'
				""", Long.class);
		String pack = api(id);
		String dashboard = this.mvc
			.perform(get("/api/v1/dashboard").param("asAt", "2007-09-24").with(user(this.accounts.board())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(counts(pack)).isEqualTo(counts(dashboard));
		assertThat((Integer) JsonPath.read(pack, "$.figures.changes.previousPackId")).isNotNull();
	}

	@Test
	void shouldRefuseToChangeOrRepublishAPublishedPack() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		long id = draft("2008-09-30", "Pack to freeze");
		this.mvc.perform(post("/api/v1/board-packs/" + id + "/publish").with(user(pmo))).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/board-packs/" + id + "/publish").with(user(pmo)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("board.pack.published"));
		long version = this.jdbc.queryForObject("select version from board_pack where id = ?", Long.class, id);
		this.mvc
			.perform(post("/board/packs/" + id + "/edit").with(user(pmo))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("summary", "Rewritten after publication"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select summary from board_pack where id = ?", String.class, id)).isEmpty();
	}

	@Test
	void shouldRefuseAStaleNarrative() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		long id = draft("2008-10-20", "Draft to write");
		this.mvc
			.perform(post("/board/packs/" + id + "/edit").with(user(pmo))
				.with(csrf())
				.param("version", "0")
				.param("summary", "First"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/board/packs/" + id + "/edit").with(user(pmo))
				.with(csrf())
				.param("version", "0")
				.param("summary", "Second, from a stale form"))
			.andExpect(status().isConflict());
	}

	@Test
	void shouldShowHostileNarrativeAsText() throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		long id = draft("2008-10-20", "Draft with hostile text");
		this.mvc
			.perform(post("/board/packs/" + id + "/edit").with(user(pmo))
				.with(csrf())
				.param("version", "0")
				.param("summary", "<script>alert(1)</script>")
				.param("contact", "=HYPERLINK(\"http://x\")"))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc.perform(get("/board/packs/" + id).with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void shouldRefuseAreaOwnersAndLetTheBoardRead() throws Exception {
		this.mvc.perform(get("/board/packs/1").with(user(this.accounts.owner()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/board-packs").with(user(this.accounts.owner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/board/meetings").with(user(this.accounts.board()))).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/board-packs").with(user(this.accounts.board()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"meetingDate\":\"2008-09-30\",\"title\":\"Not mine to write\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseANewPackWithoutATitle() throws Exception {
		this.mvc
			.perform(post("/api/v1/board-packs").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"meetingDate\":\"2008-09-30\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}

	private long draft(String meetingDate, String title) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/board-packs").with(user(this.accounts.programmeTeam()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"meetingDate\":\"" + meetingDate + "\",\"title\":\"" + title + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private String api(long id) throws Exception {
		return this.mvc.perform(get("/api/v1/board-packs/" + id).with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String dashboard() throws Exception {
		return this.mvc.perform(get("/api/v1/dashboard").with(user(this.accounts.board())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The four headline counts, at the top of the document or under "headline". */
	private static int[] counts(String json) {
		String base = json.contains("\"headline\"") ? "$.headline." : "$.";
		return new int[] { JsonPath.read(json, base + "applicableCells"), JsonPath.read(json, base + "atLeastFair"),
				JsonPath.read(json, base + "atLeastGood"), JsonPath.read(json, base + "excellent") };
	}

	private String headline(long id) throws Exception {
		String html = this.mvc.perform(get("/board/packs/" + id).with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		StringBuilder found = new StringBuilder();
		Matcher matcher = HEADLINE.matcher(html);
		while (matcher.find()) {
			found.append(matcher.group(1)).append('=').append(matcher.group(2)).append(' ');
		}
		assertThat(found).as("the headline of the pack's page").isNotEmpty();
		return found.toString();
	}

}
