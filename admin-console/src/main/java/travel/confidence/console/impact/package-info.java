/**
 * A version against the live one: an impact preview run by the service (progress while it runs), the badge
 * changes, the biggest movers and a distribution drawn with plain CSS bars; and, for admins, publication and
 * rollback behind confirmation dialogs. Reads and writes only through the decision-service client.
 */
package travel.confidence.console.impact;
