-- Staff who sign in to the admin console. Passwords are stored only as salted PBKDF2 hashes.
CREATE TABLE console_user (
    username VARCHAR(64) PRIMARY KEY,
    password_hash VARCHAR(256) NOT NULL,
    role VARCHAR(16) NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT console_user_role CHECK (role IN ('editor', 'admin'))
);
