/**
 * The audit trail's one public event: modules publish
 * {@link uk.police.mopi.shared.audit.AuditEvent} and the {@code audit} module records it.
 */
package uk.police.mopi.shared.audit;
