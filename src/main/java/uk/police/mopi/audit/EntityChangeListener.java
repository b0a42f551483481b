package uk.police.mopi.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

import org.springframework.stereotype.Component;

/**
 * Every JPA write, whatever the entity: registered once with Hibernate, it records the
 * entity's name, id and the properties that changed, before and after (all of them for a
 * creation or a deletion). Entries wait for the transaction's last flush and are written
 * in it just before it commits.
 */
@Component
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final AuditRecorder recorder;

	EntityChangeListener(EntityManagerFactory entityManagerFactory, AuditRecorder recorder) {
		this.entityManagerFactory = entityManagerFactory;
		this.recorder = recorder;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record("entity.create", event.getPersister(), event.getId(), Map.of(),
				present(event.getPersister(), event.getState(), event.getSession()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		Object[] old = event.getOldState();
		for (int i = 0; i < names.length; i++) {
			Object now = event.getState()[i];
			if (now instanceof PersistentCollection<?> collection) {
				if (collection.isDirty()) {
					before.put(names[i], value(collection.getStoredSnapshot(), event.getSession()));
					after.put(names[i], value(now, event.getSession()));
				}
			}
			else if (isDirty(event.getDirtyProperties(), i, old, now)) {
				before.put(names[i], (old != null) ? value(old[i], event.getSession()) : null);
				after.put(names[i], value(now, event.getSession()));
			}
		}
		record("entity.update", event.getPersister(), event.getId(), before, after);
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record("entity.delete", event.getPersister(), event.getId(),
				present(event.getPersister(), event.getDeletedState(), event.getSession()), Map.of());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(String action, EntityPersister persister, Object id, Map<String, Object> before,
			Map<String, Object> after) {
		String entity = persister.getEntityMappingType().getJavaType().getJavaTypeClass().getSimpleName();
		this.recorder.record(new AuditEntry(AuditRecorder.currentActor(), AuditRecorder.currentAddress(), action,
				entity, String.valueOf(id), AuditEntry.SUCCESS, Details.of(before, after)));
	}

	private static boolean isDirty(int[] dirty, int index, Object[] old, Object now) {
		if (dirty != null) {
			for (int d : dirty) {
				if (d == index) {
					return true;
				}
			}
			return false;
		}
		return old == null || !Objects.equals(old[index], now);
	}

	/** Every property that has a value, for a creation or a deletion. */
	private static Map<String, Object> present(EntityPersister persister, Object[] state,
			SharedSessionContractImplementor session) {
		Map<String, Object> values = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			Object value = value(state[i], session);
			if (value != null) {
				values.put(names[i], value);
			}
		}
		return values;
	}

	/**
	 * A property's value for the trail: another entity by its id, a collection (or a
	 * collection's snapshot) by its elements.
	 */
	private static Object value(Object value, SharedSessionContractImplementor session) {
		if (value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
			return null;
		}
		if (value instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		if (value instanceof Map<?, ?> snapshot && !snapshot.isEmpty()
				&& snapshot.keySet().equals(new HashSet<>(snapshot.values()))) {
			return value(snapshot.keySet(), session);
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map((element) -> value(element, session)).sorted(Details::compare).toList();
		}
		if (value != null && session.getPersistenceContextInternal().isEntryFor(value)) {
			return session.getContextEntityIdentifier(value);
		}
		return Details.plain(value);
	}

}
