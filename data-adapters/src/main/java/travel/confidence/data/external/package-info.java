/**
 * External data with its provenance and freshness (seed: ExternalDataCache): the cache in the document store
 * with the seed's time to live per kind, the last known good values, and the fetch order every live source
 * follows (fresh cache, live fetch, last known good, nothing). Knows no particular source or API.
 */
package travel.confidence.data.external;
