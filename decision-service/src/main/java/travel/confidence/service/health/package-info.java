/** Health and readiness of the stores, beside Micronaut's own JDBC and disk-space indicators. */
package travel.confidence.service.health;
