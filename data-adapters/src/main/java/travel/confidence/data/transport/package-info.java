/**
 * Transport data for a destination with its provenance, behind the {@link travel.confidence.data.transport.TransportSource}
 * port; the bundled open data is the only adapter so far.
 */
package travel.confidence.data.transport;
