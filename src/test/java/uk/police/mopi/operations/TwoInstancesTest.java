package uk.police.mopi.operations;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.MopiPortalApplication;
import uk.police.mopi.support.OwnDemoDatabase;

import static uk.police.mopi.operations.PortalHttp.number;
import static uk.police.mopi.operations.PortalHttp.text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal (two application contexts, each with its own embedded
 * Tomcat on a random port) on one PostgreSQL database, as behind the load balancer of
 * {@code docker-compose.yml}, driven over real HTTP. They start together on an empty
 * database, so the demo is loaded by one while the other waits (the start-up data lock);
 * a session signed in on one works on the other; and a change made through one is seen at
 * once (no pause, no retry) through the other on every page that may be cached: each page
 * is read through the second instance first, so that any cache there is warm. A browser's
 * copy of a page (its ETag) from before the change is stale on either instance, and the
 * new one current on both. Instances caching pages without asking PostgreSQL for the data
 * version on each request would fail here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	static final String DATABASE = "mopi_two_instances";

	/** {@code shared.database.StartupDataLock.KEY}: PostgreSQL shows it as two halves. */
	private static final long STARTUP_LOCK = 0x4D6F5049L;

	private static final String CUSTODY = "CUS";

	private final PortalHttp http = new PortalHttp();

	private final Map<String, String> connection = new LinkedHashMap<>();

	private ConfigurableApplicationContext contextA;

	private ConfigurableApplicationContext contextB;

	private String a;

	private String b;

	private List<CompletableFuture<ConfigurableApplicationContext>> starting = List.of();

	private int waitedForTheLock;

	@BeforeAll
	void startTwoInstancesTogetherOnAnEmptyDatabase() throws Exception {
		GenericApplicationContext scratch = new GenericApplicationContext();
		new OwnDemoDatabase(DATABASE).initialize(scratch);
		for (String name : List.of("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password")) {
			this.connection.put(name, scratch.getEnvironment().getProperty(name, ""));
		}
		ExecutorService starter = Executors.newFixedThreadPool(2);
		// Logback is one per JVM: two applications configuring it at the same moment fail
		// now and then ("no conversion class registered for [clr]"). The instances leave
		// it as the test run set it.
		String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try (Connection holder = database(); Statement sql = holder.createStatement()) {
			// The test holds the lock until both instances wait for it: released, it is
			// theirs to race for.
			sql.execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
			this.starting = List.of(CompletableFuture.supplyAsync(this::start, starter),
					CompletableFuture.supplyAsync(this::start, starter));
			Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
			while (this.waitedForTheLock < 2 && Instant.now().isBefore(giveUp)) {
				assertThat(this.starting).as("an instance failed to start")
					.noneMatch(CompletableFuture::isCompletedExceptionally);
				Thread.sleep(50);
				this.waitedForTheLock = waiting(sql);
			}
			sql.execute("select pg_advisory_unlock(" + STARTUP_LOCK + ")");
			this.contextA = this.starting.get(0).get(5, TimeUnit.MINUTES);
			this.contextB = this.starting.get(1).get(5, TimeUnit.MINUTES);
		}
		finally {
			starter.shutdown();
			if (loggingSystem != null) {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
			}
			else {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
		}
		this.a = "http://localhost:" + this.contextA.getEnvironment().getProperty("local.server.port");
		this.b = "http://localhost:" + this.contextB.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stopBoth() {
		for (CompletableFuture<ConfigurableApplicationContext> instance : this.starting) {
			try {
				instance.get(5, TimeUnit.MINUTES).close();
			}
			catch (Exception ex) {
				// It did not start: nothing to stop.
			}
		}
	}

	@Test
	void shouldLoadTheStartUpDataOnceWhenTwoInstancesStartTogether() {
		assertThat(this.waitedForTheLock).as("instances waiting for the start-up data lock").isEqualTo(2);
		assertThat(this.a).isNotEqualTo(this.b);
		JdbcTemplate jdbc = this.contextA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from catalogue_version", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(31);
		assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(40);
		assertThat(jdbc.queryForObject(
				"select count(*) - count(distinct (requirement_code, area_code)) from assessment", Integer.class))
			.isZero();
		assertThat(
				jdbc.queryForObject("select count(*) - count(distinct meeting_date) from board_meeting", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) - count(distinct meeting_id) from board_pack", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from board_pack where status = 'DRAFT'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void shouldAcceptASessionSignedInOnOneInstanceOnTheOther() throws Exception {
		String session = this.http.signIn(this.a, "board");
		HttpResponse<String> home = this.http.get(this.b + "/", session);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("/logout");
		assertThat(this.http.get(this.b + "/dashboard", session).statusCode()).isEqualTo(200);
		assertThat(this.http.get(this.b + "/dashboard", null).statusCode()).as("without the session").isEqualTo(302);
	}

	@Test
	void shouldShowAChangeMadeThroughOneInstanceAtOnceThroughTheOther() throws Exception {
		JdbcTemplate jdbc = this.contextA.getBean(JdbcTemplate.class);
		String requirement = jdbc.queryForObject(
				"select requirement_code from assessment where area_code = ? and applicable and level = 'NOT_MET' "
						+ "and target_level in ('GOOD', 'EXCELLENT') order by requirement_code limit 1",
				String.class, CUSTODY);
		long pack = jdbc.queryForObject("select id from board_pack where status = 'DRAFT'", Long.class);
		long meeting = jdbc.queryForObject("select meeting_id from board_pack where id = ?", Long.class, pack);
		String session = this.http.signIn(this.a, "pmo");
		String cell = "/assessments/" + requirement + "/" + CUSTODY;

		Pages before = read(this.b, session, pack, meeting, requirement);
		assertThat(before.matrixLevel()).isEqualTo("not_met");
		assertThat(before.ownerLevel()).isEqualTo("not_met");

		String summary = "Read on the other instance at once " + requirement;
		raiseToFair(cell);
		writeSummary(pack, summary, session);

		Pages after = read(this.b, session, pack, meeting, requirement);
		assertThat(after.dashboardAtLeastFair()).isEqualTo(before.dashboardAtLeastFair() + 1);
		assertThat(after.dashboardApplicable()).isEqualTo(before.dashboardApplicable());
		assertThat(after.apiAtLeastFair()).isEqualTo(before.apiAtLeastFair() + 1);
		assertThat(after.apiAtLeastGood()).isEqualTo(before.apiAtLeastGood());
		assertThat(after.matrixLevel()).isEqualTo("fair");
		assertThat(after.ownerLevel()).isEqualTo("fair");
		assertThat(after.packAtLeastFair()).isEqualTo(before.packAtLeastFair() + 1);
		assertThat(after.packApiAtLeastFair()).isEqualTo(before.packApiAtLeastFair() + 1);
		assertThat(after.packSummary()).isEqualTo(summary);
		assertThat(before.packSummary()).isNotEqualTo(summary);
		// The pages answer with an ETag from the data version (the API's read model is
		// cached without one).
		List<String> cached = List.of("/", "/dashboard", "/dashboard/areas/" + CUSTODY, "/assessments",
				"/board/packs/" + pack);
		for (String path : cached) {
			String stale = before.etags().get(path);
			String current = after.etags().get(path);
			assertThat(stale).as("the ETag of %s", path).isNotNull();
			assertThat(current).as("a new ETag for %s after the change", path).isNotNull().isNotEqualTo(stale);
			assertThat(this.http.conditional(this.b + path, stale, session))
				.as("%s on B with the ETag from before", path)
				.isEqualTo(200);
			assertThat(this.http.conditional(this.a + path, current, session)).as("%s on A with B's current ETag", path)
				.isEqualTo(304);
			assertThat(this.http.conditional(this.b + path, current, session)).as("%s on B with its current ETag", path)
				.isEqualTo(304);
		}
	}

	/**
	 * Every page that may be cached, read through one instance, with the figures read.
	 */
	private Pages read(String base, String session, long pack, long meeting, String requirement) throws Exception {
		this.http.takeETags();
		this.http.page(base + "/", session);
		String dashboard = this.http.page(base + "/dashboard", session);
		String owner = this.http.page(base + "/dashboard/areas/" + CUSTODY, session);
		String matrix = this.http.page(base + "/assessments", session);
		String api = this.http.api(base + "/api/v1/dashboard", "board");
		String packPage = this.http.page(base + "/board/packs/" + pack, session);
		String packApi = this.http.api(base + "/api/v1/board-packs/" + pack, "board");
		assertThat(this.http.page(base + "/board/meetings/" + meeting, session)).contains("/board/packs/" + pack);
		assertThat(this.http.api(base + "/api/v1/board-packs", "board")).contains("\"id\":" + pack);
		String cellLink = "/assessments/" + requirement + "/" + CUSTODY;
		return new Pages(number(dashboard, "id=\"headline-FAIR\".*?>([\\d,]+) of [\\d,]+ applicable"),
				number(dashboard, "id=\"headline-FAIR\".*?>[\\d,]+ of ([\\d,]+) applicable"),
				JsonPath.read(api, "$.atLeastFair"), JsonPath.read(api, "$.atLeastGood"),
				text(matrix, "class=\"portal-cell portal-level--(\\w+)[^\"]*\" href=\"" + cellLink + "\""),
				text(owner, "href=\"" + cellLink + "\\?.*?portal-level--(\\w+)"),
				number(packPage, "id=\"pack-headline-atLeastFair\"[^>]*>(\\d+)<"),
				JsonPath.read(packApi, "$.headline.atLeastFair"),
				HtmlUtils.htmlUnescape(text(packPage, "id=\"pack-summary\"[^>]*>[^<]*</h2>\\s*<p[^>]*>([^<]*)</p>")),
				this.http.takeETags());
	}

	private void raiseToFair(String cell) throws Exception {
		String current = this.http.api(this.a + "/api/v1" + cell, "pmo");
		Number version = JsonPath.read(current, "$.version");
		HttpResponse<String> put = this.http.put(this.a + "/api/v1" + cell, "pmo",
				"{\"level\": \"FAIR\", \"rationale\": \"Two instances\", \"version\": " + version + "}");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

	private void writeSummary(long pack, String summary, String session) throws Exception {
		String form = this.http.page(this.a + "/board/packs/" + pack + "/edit", session);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", text(form, PortalHttp.CSRF.pattern()));
		fields.put("version", text(form, "name=\"version\"\\s+value=\"(\\d+)\""));
		Matcher textareas = Pattern.compile("<textarea[^>]*name=\"(\\w+)\"[^>]*>([^<]*)</textarea>").matcher(form);
		while (textareas.find()) {
			fields.put(textareas.group(1), HtmlUtils.htmlUnescape(textareas.group(2)));
		}
		assertThat(fields).containsKey("summary");
		fields.put("summary", summary);
		HttpResponse<String> saved = this.http.post(this.a + "/board/packs/" + pack + "/edit", fields, session);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValue("/board/packs/" + pack);
		// Followed, as a browser does, so that the flash message is shown (once) here.
		assertThat(this.http.page(this.a + "/board/packs/" + pack, session)).contains(summary);
	}

	private ConfigurableApplicationContext start() {
		// In a property source of their own, ahead of application.properties (which sets
		// the port) and of the shared test database's address. Small pools: the other
		// tests' contexts hold connections to the same server.
		ApplicationContextInitializer<ConfigurableApplicationContext> sameDatabase = (context) -> TestPropertyValues
			.of(this.connection)
			.and("server.port=0", "mopi.demo-data.enabled=true", "spring.session.jdbc.cleanup-cron=-",
					"mopi.assessment.evidence-required-from=NONE", "spring.datasource.hikari.maximum-pool-size=4")
			.applyTo(context.getEnvironment(), TestPropertyValues.Type.MAP, "twoInstances");
		return new SpringApplicationBuilder(MopiPortalApplication.class).initializers(sameDatabase).run();
	}

	private Connection database() throws Exception {
		return DriverManager.getConnection(this.connection.get("spring.datasource.url"),
				this.connection.get("spring.datasource.username"), this.connection.get("spring.datasource.password"));
	}

	/** Sessions waiting for the start-up data lock. */
	private static int waiting(Statement sql) throws Exception {
		try (var result = sql.executeQuery("select count(*) from pg_locks where locktype = 'advisory' "
				+ "and not granted and ((classid::bigint << 32) | objid::bigint) = " + STARTUP_LOCK)) {
			result.next();
			return result.getInt(1);
		}
	}

	/** The figures read through one instance. */
	private record Pages(int dashboardAtLeastFair, int dashboardApplicable, int apiAtLeastFair, int apiAtLeastGood,
			String matrixLevel, String ownerLevel, int packAtLeastFair, int packApiAtLeastFair, String packSummary,
			Map<String, String> etags) {
	}

}
