/**
 * Console accounts, for admins: create an account with a role, change a role, disable or enable, set a new
 * password. Only through the decision-service client; the service keeps the salted hashes.
 */
package travel.confidence.console.staff;
