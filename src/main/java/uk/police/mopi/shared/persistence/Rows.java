package uk.police.mopi.shared.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows of a {@code JdbcClient} query read into a record, one column per component,
 * matched by name ({@code forecast_date} or {@code forecastDate} for a component
 * {@code forecastDate}), with Spring's conversions (a text column into an enum, say):
 * {@code .query(Rows.of(Planned.class)).list()}.
 * <p>
 * What {@code query(Planned.class)} does too, but Spring's mapper behind it
 * ({@code SimplePropertyRowMapper}) looks each component's column up by name on every
 * row, first as written, and PostgreSQL's driver answers a name it does not have with an
 * exception: for a component in two words that is one exception per row and component.
 * Measured on the owner's view (2,134 planned deliveries, five such components): 86% of
 * the composing thread's CPU, 138 ms a page. This mapper finds the columns once per
 * result set, from its metadata.
 */
public final class Rows {

	private static final Map<Class<?>, Shape<?>> SHAPES = new ConcurrentHashMap<>();

	private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

	private Rows() {
	}

	/** A mapper of rows into the record given, for one query. */
	@SuppressWarnings("unchecked")
	public static <T extends Record> RowMapper<T> of(Class<T> type) {
		return new RecordRowMapper<>((Shape<T>) SHAPES.computeIfAbsent(type, Shape::of));
	}

	/** A column name or a component name, as the two are matched. */
	private static String key(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

	/** A record's canonical constructor and its components, found once per type. */
	private record Shape<T>(Class<T> type, Constructor<T> constructor, String[] names, String[] keys,
			TypeDescriptor[] types) {

		static <T> Shape<T> of(Class<T> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				throw new IllegalArgumentException(type.getName() + " is not a record");
			}
			Class<?>[] rawTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<T> constructor;
			try {
				constructor = type.getDeclaredConstructor(rawTypes);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record has its canonical constructor", ex);
			}
			TypeDescriptor[] types = new TypeDescriptor[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
			}
			String[] names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
			String[] keys = Arrays.stream(names).map(Rows::key).toArray(String[]::new);
			return new Shape<>(type, constructor, names, keys, types);
		}

		/** Each component's column in the result set given (1-based). */
		int[] columns(ResultSet rs) throws SQLException {
			ResultSetMetaData metadata = rs.getMetaData();
			Map<String, Integer> byKey = new HashMap<>();
			for (int column = 1; column <= metadata.getColumnCount(); column++) {
				Integer earlier = byKey.put(key(JdbcUtils.lookupColumnName(metadata, column)), column);
				if (earlier != null) {
					throw new InvalidDataAccessApiUsageException("Two columns, " + earlier + " and " + column
							+ ", match one name in a query read into " + this.type.getSimpleName());
				}
			}
			int[] columns = new int[this.keys.length];
			for (int i = 0; i < this.keys.length; i++) {
				Integer column = byKey.get(this.keys[i]);
				if (column == null) {
					throw new InvalidDataAccessApiUsageException("No column for " + this.type.getSimpleName() + "."
							+ this.names[i] + " in the query (columns: " + byKey.keySet() + ")");
				}
				columns[i] = column;
			}
			return columns;
		}

	}

	private static final class RecordRowMapper<T> implements RowMapper<T> {

		private final Shape<T> shape;

		private ResultSet resultSet;

		private int[] columns;

		RecordRowMapper(Shape<T> shape) {
			this.shape = shape;
		}

		@Override
		public T mapRow(ResultSet rs, int rowNum) throws SQLException {
			if (rs != this.resultSet) {
				this.columns = this.shape.columns(rs);
				this.resultSet = rs;
			}
			Object[] args = new Object[this.columns.length];
			for (int i = 0; i < args.length; i++) {
				TypeDescriptor type = this.shape.types()[i];
				Object value = JdbcUtils.getResultSetValue(rs, this.columns[i], type.getType());
				// A null into a primitive is refused, as by Spring's mapper.
				args[i] = (value != null && type.getObjectType().isInstance(value)) ? value
						: CONVERSIONS.convert(value, TypeDescriptor.forObject(value), type);
			}
			return BeanUtils.instantiateClass(this.shape.constructor(), args);
		}

	}

}
