/**
 * The audit log of admin changes in the relational store: append only, never updated or deleted here.
 */
package travel.confidence.data.audit;
