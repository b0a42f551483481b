package uk.police.mopi.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the cache of past month-end figures at start-up, after the demo data and before
 * the portal reports itself ready (it is the last start-up runner; readiness is published
 * once every runner has finished), so the first person to open the Board's dashboard
 * after a deployment (or after history was back-dated) does not wait one to two seconds
 * for it. Off with {@code mopi.dashboard.warm-up=false} (the tests turn it off so that it
 * cannot run statements while they count them).
 */
@Component
@ConditionalOnProperty(name = "mopi.dashboard.warm-up", havingValue = "true", matchIfMissing = true)
@Order(Ordered.LOWEST_PRECEDENCE)
class TrajectoryWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrajectoryWarmUp.class);

	private final DashboardService dashboard;

	TrajectoryWarmUp(DashboardService dashboard) {
		this.dashboard = dashboard;
	}

	@Override
	public void run(ApplicationArguments args) {
		run();
	}

	/** Computes and keeps every month end to today; returns the number of points. */
	int run() {
		long started = System.nanoTime();
		try {
			int points = this.dashboard.trajectory((java.time.LocalDate) null).actual().size();
			log.info("Dashboard figures for {} month ends ready in {} ms", points,
					(System.nanoTime() - started) / 1_000_000);
			return points;
		}
		catch (RuntimeException ex) {
			log.warn("Could not prepare the dashboard's past figures; they will be computed when first asked for", ex);
			return 0;
		}
	}

}
