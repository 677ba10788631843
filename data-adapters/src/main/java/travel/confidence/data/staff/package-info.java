/**
 * Console users (staff accounts) in the relational store: name, role and a salted password hash. The service's
 * admin API authenticates against these; the console itself never reads them.
 */
package travel.confidence.data.staff;
