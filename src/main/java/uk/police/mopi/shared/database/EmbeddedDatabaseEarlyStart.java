package uk.police.mopi.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL (initdb on an empty data directory, then the server) on
 * its own thread just before the configuration classes are read, so that it runs while
 * the main thread reads them and creates the web layer instead of after them (issue 13:
 * start-up; initdb and the server start leave the critical path). Does nothing when a
 * database is configured. The {@link EmbeddedDatabaseConfiguration#embeddedPostgres} bean
 * waits for it, so nothing can reach the database before it is up. Registered in
 * {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The name of the started server's singleton in the context. */
	static final String BEAN_NAME = "embeddedDatabaseEarlyStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(new StartBeforeConfigurationIsRead(context));
	}

	/**
	 * Runs before every other post-processor (the ones a context is given directly run
	 * first), that is once every initializer has run, so a database named by a test's
	 * initializer is seen, and before the configuration classes are read.
	 */
	private record StartBeforeConfigurationIsRead(
			ConfigurableApplicationContext context) implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			Environment environment = this.context.getEnvironment();
			ConfigurableListableBeanFactory beans = this.context.getBeanFactory();
			if (!EmbeddedDatabaseConfiguration.noDatabaseConfigured(environment)
					|| beans.containsSingleton(BEAN_NAME)) {
				return;
			}
			EmbeddedDatabaseProperties properties = Binder.get(environment)
				.bind("mopi.embedded-database", EmbeddedDatabaseProperties.class)
				.orElseGet(() -> new EmbeddedDatabaseProperties(Path.of("data/postgres"), 0));
			CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					server.complete(start(properties));
				}
				catch (IOException | RuntimeException ex) {
					server.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			beans.registerSingleton(BEAN_NAME, new Started(server));
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		}

	}

	/** Starts the server on the calling thread. */
	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath();
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	/**
	 * The server being started: {@link #await()} returns it once it accepts connections.
	 */
	record Started(CompletableFuture<EmbeddedPostgres> server) {

		EmbeddedPostgres await() throws IOException {
			try {
				return this.server.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				if (ex.getCause() instanceof UncheckedIOException unchecked) {
					throw unchecked.getCause();
				}
				throw ex;
			}
		}

	}

}
