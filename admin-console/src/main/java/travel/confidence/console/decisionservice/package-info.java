/**
 * The decision service as the console sees it: a declarative HTTP client and the console's own small records
 * for its answers. The only way the console reaches data; it never opens a store.
 */
package travel.confidence.console.decisionservice;
