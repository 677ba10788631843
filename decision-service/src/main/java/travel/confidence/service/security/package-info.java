/**
 * Who may call the public API and how often: bearer tokens of travellers (mode {@code open} or {@code jwt}), the
 * user id each route reads or writes ({@link travel.confidence.service.security.ForUser}), rate limits per client
 * address and per user, and the security headers of every response. Knows no scores, stores or rules; the admin
 * API's roles are the {@code admin} package's.
 */
package travel.confidence.service.security;
