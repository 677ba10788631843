-- Preference learning. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- Per traveller: up to when their implicit signals have been learned from, the taste the signals show
-- (per factor, in standard deviations: how much the places they linger on stand out), and a version for
-- optimistic locking between the batch and immediate feedback learning.
ALTER TABLE preference_weights ADD COLUMN last_processed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE preference_weights ADD COLUMN taste_safety_index DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_weather_stability DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_transport_accessibility DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_language_compatibility DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_health_emergency DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_budget_match DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN taste_crowd_density DOUBLE PRECISION;
ALTER TABLE preference_weights ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Leases that keep a job on one instance at a time. A lease is taken with a conditional UPDATE (free or
-- expired), so an instance that dies holding it blocks the job only until the lease runs out.
CREATE TABLE job_lock (
    name VARCHAR(64) PRIMARY KEY,
    owner VARCHAR(128),
    locked_at TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    last_completed_at TIMESTAMP WITH TIME ZONE,
    processed_through TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lock (name, locked_until) VALUES ('preference-learning', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
