/**
 * Experiments (A/B tests of rule set versions) and their variants in the relational store, and a read-only view
 * of their outcomes in the document store (decision log, implicit signals, feedback). Writes no documents.
 */
package travel.confidence.data.experiment;
