/**
 * People who sign in, their roles and the business areas area owners own; sign-in and the
 * security rules of every page and API endpoint.
 */
package uk.police.mopi.user;
