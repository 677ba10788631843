/**
 * Staff accounts: signing in to the admin API (a login that answers a signed token), the first admin, and
 * managing accounts. Passwords are kept only as salted hashes. Reads and writes console users only.
 */
package travel.confidence.service.staff;
