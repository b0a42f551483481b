package uk.police.mopi.support;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the portal sends, so tests can prove a page's count does not
 * grow with the data. Wraps the application's DataSource with datasource-proxy.
 */
public class StatementCounter {

	private final AtomicLong count = new AtomicLong();

	private volatile boolean counting;

	/** Counts the statements {@code action} runs on this thread and any other. */
	public long count(ThrowingRunnable action) throws Exception {
		this.count.set(0);
		this.counting = true;
		try {
			action.run();
		}
		finally {
			this.counting = false;
		}
		return this.count.get();
	}

	/** Something to count, which may throw. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor statementCountingDataSource(
				org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counted")
							.afterQuery((execution, queries) -> {
								StatementCounter statements = counter.getObject();
								if (statements.counting) {
									statements.count.addAndGet(queries.size());
								}
							})
							.build();
					}
					return bean;
				}
			};
		}

	}

}
