/**
 * Rule governance: rule set versions as drafts staff edit (DRL, decision tables as rows or workbooks, weights,
 * examples), their validation, publication and rollback, and keeping every instance on the published version.
 * Reads and writes rule versions only through the relational repositories; never decides a traveller's score.
 */
package travel.confidence.service.governance;
