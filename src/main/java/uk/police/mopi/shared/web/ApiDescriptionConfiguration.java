package uk.police.mopi.shared.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description names one server, {@code /}: relative to wherever the description
 * was fetched from. Springdoc would otherwise build the server's address from the
 * request's {@code Host} header, which anyone can forge.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	@Bean
	OpenAPI portalApi() {
		return new OpenAPI().info(new Info().title("MoPI compliance portal API").version("v1"))
			.servers(List.of(new Server().url("/")));
	}

}
