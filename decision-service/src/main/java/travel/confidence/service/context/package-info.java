/**
 * Live context (seed: Context Adapter Service): the context sources that turn dates, alerts, forecasts,
 * holidays and the traveller's location into signals for the context rules, and /adjust-context, which
 * applies those rules to a given base score exactly as /calculate does. Reads the data ports; writes nothing.
 */
package travel.confidence.service.context;
