package uk.police.mopi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The MoPI compliance-programme portal: the system a police force runs to reach, prove
 * and report compliance with the Management of Police Information Code of Practice.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MopiPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MopiPortalApplication.class, args);
	}

}
