/**
 * Job leases in the relational store: a job that must run on one instance at a time takes its lease with a
 * conditional UPDATE. Owns the {@code job_lock} table; knows nothing about the jobs themselves.
 */
package travel.confidence.data.lock;
