/**
 * Traveller profiles and learned preference weights in the relational store (owned here; the service reads
 * and writes them only through these repositories).
 */
package travel.confidence.data.profile;
