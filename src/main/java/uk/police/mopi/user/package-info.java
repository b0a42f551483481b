/**
 * People who sign in, their roles and the business areas area owners own; sign-in and the
 * security rules of every page and API endpoint.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "businessarea", "shared" })
package uk.police.mopi.user;
