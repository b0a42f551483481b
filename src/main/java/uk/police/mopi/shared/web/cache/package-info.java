/**
 * Pages and read models composed once per change of the data: the data version PostgreSQL
 * keeps, and the cache that consults it on every request.
 */
package uk.police.mopi.shared.web.cache;
