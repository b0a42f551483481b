/**
 * The audit trail: every JPA write (through one Hibernate listener), every
 * {@link uk.police.mopi.shared.audit.AuditEvent} published and the security events of
 * sign-in and refusal, recorded in an append-only table chained by hash; the
 * administrators' pages to browse, export and verify it. Nothing depends on this module:
 * others publish {@code AuditEvent}s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package uk.police.mopi.audit;
