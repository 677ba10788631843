-- Trip mode per traveller (seed: TripModeStatus). Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE trip_mode (
    user_id VARCHAR(128) PRIMARY KEY,
    trip_id VARCHAR(128) NOT NULL,
    active BOOLEAN NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    current_destination VARCHAR(8),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trip_mode_started CHECK (active = FALSE OR started_at IS NOT NULL)
);
