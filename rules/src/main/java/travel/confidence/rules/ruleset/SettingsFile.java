package travel.confidence.rules.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Properties;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.model.Weights;

/**
 * Reads and writes {@code settings.properties}: {@code weight.<factorKey>} as decimals (seed: 0.20 ...),
 * {@code fallback.neutralScore}, {@code fallback.penalty} and {@code weight.floor}.
 */
public final class SettingsFile {

    private SettingsFile() {
    }

    public static RuleSettings parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalArgumentException("settings.properties cannot be read: " + e.getMessage(), e);
        }
        EnumMap<Factor, Integer> units = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            units.put(factor, units(properties, "weight." + factor.key()));
        }
        return new RuleSettings(Weights.ofUnits(units),
                integer(properties, "fallback.neutralScore"),
                integer(properties, "fallback.penalty"),
                units(properties, "weight.floor"));
    }

    /** Replaces the default weights in a settings file, keeping every other line as it was. */
    public static String withWeights(String text, Weights weights) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')).strip() : "";
            Factor factor = key.startsWith("weight.") ? Factor.byKey(key.substring(7)).orElse(null) : null;
            if (factor != null) {
                out.append(key).append('=').append(format(weights.units(factor)));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String format(int units) {
        return String.format(java.util.Locale.ROOT, "%.5f", units / (double) Weights.TOTAL).replaceAll("0{1,2}$", "");
    }

    private static int units(Properties properties, String key) {
        String value = required(properties, key);
        try {
            return (int) Math.round(Double.parseDouble(value) * Weights.TOTAL);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("settings.properties: " + key + " must be a number, was '" + value + "'");
        }
    }

    private static int integer(Properties properties, String key) {
        String value = required(properties, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("settings.properties: " + key + " must be a whole number, was '" + value + "'");
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("settings.properties: " + key + " is missing");
        }
        return value.strip();
    }
}
