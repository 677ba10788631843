/**
 * Who may use the admin API: the acting user and role of a request ({@link travel.confidence.service.admin.AdminIdentity},
 * the one place authentication plugs in) and the filter that enforces the role of every {@code /api/admin} route.
 * Knows no rules, stores or experiments.
 */
package travel.confidence.service.admin;
