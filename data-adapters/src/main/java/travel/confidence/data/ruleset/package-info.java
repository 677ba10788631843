/**
 * Rule set versions in the relational store: versions with their status and checksum, their files, and the
 * pointer to the published one. Owned here; the service changes them only through these repositories.
 */
package travel.confidence.data.ruleset;
