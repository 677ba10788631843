/**
 * Rule set versions: the list, drafts copied from any version, a draft's DRL and examples as text and its decision
 * tables as an editable grid or Excel workbooks, and validation with its report grouped by kind of check. Reads
 * and writes only through the decision-service client.
 */
package travel.confidence.console.rules;
