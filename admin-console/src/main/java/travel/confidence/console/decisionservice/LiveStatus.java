package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Which version is published, and which one the answering instance decides with right now (they differ for at
 * most a poll interval after a publication elsewhere).
 */
@Serdeable
public record LiveStatus(long versionId, String version, String checksum, String publishedAt, String publishedBy,
                         String servedHere) {
}
