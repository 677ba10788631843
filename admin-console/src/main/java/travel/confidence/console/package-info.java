/**
 * The console process: starts the Micronaut bean context and the embedded web server, and owns its
 * configuration. The console talks to the decision service over HTTP only; it never opens a store.
 */
package travel.confidence.console;
