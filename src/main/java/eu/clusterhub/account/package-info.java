/**
 * Accounts and their organisations: registration, email verification, sign-in (Jakarta
 * Security with a database identity store and PBKDF2 hashes), roles, API tokens, the
 * account REST API and the account pages.
 */
package eu.clusterhub.account;
