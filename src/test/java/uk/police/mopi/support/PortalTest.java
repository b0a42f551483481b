package uk.police.mopi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole portal with MockMvc, on the real test PostgreSQL with demo accounts
 * and the real security configuration. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "mopi.demo-data.enabled=true",
		// No clean-up of expired sessions in the background, which statement counts would
		// see
		"spring.session.jdbc.cleanup-cron=-",
		// Setting Fair or above needs evidence in the demo; the tests of other rules set
		// levels on assessments without it. The rule has its own tests
		// (EvidenceRequiredTest).
		"mopi.assessment.evidence-required-from=NONE" })
@AutoConfigureMockMvc
@Import({ StatementCounter.Config.class, Accounts.class })
public @interface PortalTest {

}
