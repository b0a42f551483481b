package uk.police.mopi.user;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers for a portal deployed behind TLS: a Permissions-Policy that turns off
 * every powerful browser feature the portal never uses, and HSTS (a year, with
 * subdomains) on secure requests only. A request is secure when it came over TLS, or when
 * a trusted proxy said so and {@code server.forward-headers-strategy} is set.
 */
final class DeploymentHeaders {

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	private DeploymentHeaders() {
	}

	static void harden(HeadersConfigurer<HttpSecurity> headers) {
		headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
	}

}
