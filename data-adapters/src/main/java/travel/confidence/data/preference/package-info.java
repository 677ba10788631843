/**
 * What travellers told us, in the document store (owned here): implicit signals, post-trip feedback, the
 * quarantine of implausible records and its review log. Every accepted write is durable before it returns.
 * Nothing here judges a record; the service decides what is accepted, quarantined or learned from.
 */
package travel.confidence.data.preference;
