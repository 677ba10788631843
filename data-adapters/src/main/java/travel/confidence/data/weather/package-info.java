/**
 * Weather for the context rules: the {@link travel.confidence.data.weather.WeatherSource} port, the live
 * Open-Meteo forecast adapter (off by default) and the bundled climatology as the offline default. Owns the
 * decision of which forecast days count as severe; never scores anything itself.
 */
package travel.confidence.data.weather;
