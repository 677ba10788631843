package travel.confidence.service.governance;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Which version is published in the store, and which one this instance decides with right now (they differ
 * for at most a poll interval after a publication elsewhere).
 */
@Serdeable
record LiveStatus(long versionId, String version, String checksum, String publishedAt, String publishedBy,
                  String servedHere) {
}
