/**
 * Trip mode (seed: TripModeStatus): switching it on and off and reading it back, persisted through the trip
 * mode repository. The assistant asks it whether to answer; it knows nothing of questions or answers.
 */
package travel.confidence.service.tripmode;
