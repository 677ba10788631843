/**
 * What operators see of a running instance: the correlation id of every request (response header and logging
 * MDC), the log format switch, and the Prometheus meters the service adds to Micronaut's own. It reads other
 * features' beans and listens to their events; it never changes what a request answers.
 */
package travel.confidence.service.observability;
