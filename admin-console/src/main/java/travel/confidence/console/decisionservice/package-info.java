/**
 * The decision service as the console sees it: declarative HTTP clients for its public and admin APIs, the
 * console's own records for its answers, and the filter that puts the signed-in member of staff's token on every
 * admin call. The only way the console reaches data; it never opens a store.
 */
package travel.confidence.console.decisionservice;
