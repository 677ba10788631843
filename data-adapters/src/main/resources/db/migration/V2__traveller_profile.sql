-- Traveller profiles and learned preference weights. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE traveller_profile (
    user_id VARCHAR(128) PRIMARY KEY,
    budget_tier VARCHAR(16),
    travel_style VARCHAR(16),
    experience_level VARCHAR(16),
    priority_safety BOOLEAN NOT NULL DEFAULT FALSE,
    preferred_climate VARCHAR(16),
    mobility_requirements VARCHAR(16),
    languages VARCHAR(200),
    budget_min DOUBLE PRECISION,
    budget_max DOUBLE PRECISION,
    budget_currency VARCHAR(3),
    trip_count INTEGER NOT NULL DEFAULT 0,
    visited_destinations VARCHAR(2000),
    average_rating DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT traveller_profile_rating CHECK (average_rating >= 0 AND average_rating <= 5),
    CONSTRAINT traveller_profile_trips CHECK (trip_count >= 0)
);

CREATE TABLE preference_weights (
    user_id VARCHAR(128) PRIMARY KEY,
    safety_index DOUBLE PRECISION NOT NULL,
    weather_stability DOUBLE PRECISION NOT NULL,
    transport_accessibility DOUBLE PRECISION NOT NULL,
    language_compatibility DOUBLE PRECISION NOT NULL,
    health_emergency DOUBLE PRECISION NOT NULL,
    budget_match DOUBLE PRECISION NOT NULL,
    crowd_density DOUBLE PRECISION NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    interactions INTEGER NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT preference_weights_confidence CHECK (confidence >= 0 AND confidence <= 1)
);
