package travel.confidence.service.governance;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.model.Weights;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.rules.ruleset.SettingsFile;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.InvalidInputException.FieldError;
import travel.confidence.service.rules.RuleVersionName;

/**
 * The default weights of a version (in its settings file). New weights must name all eight factors, each from
 * 0 to 1 with at most five decimals (the engine counts weights in 1/100000), and add up to exactly 1; the rest of
 * the settings file stays as it was.
 */
@Singleton
class DraftWeights {

    private final RuleVersions versions;

    DraftWeights(RuleVersions versions) {
        this.versions = versions;
    }

    WeightsBody get(long id) {
        Weights weights = parse(id, settings(id)).defaultWeights();
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            byKey.put(factor.key(), weights.fraction(factor));
        }
        return new WeightsBody(byKey);
    }

    VersionSummary put(AdminPrincipal who, long id, WeightsBody body) {
        versions.requireDraft(id);
        Weights weights = validate(body);
        String settings = settings(id);
        parse(id, settings);
        return versions.change(who, id, "weights.update", "Changed the default weights of " + RuleVersionName.of(id),
                Map.of(RuleSet.SETTINGS, SettingsFile.withWeights(settings, weights)));
    }

    static Weights validate(WeightsBody body) {
        if (body == null || body.weights() == null) {
            throw InvalidInputException.field("weights", "is required: the weight of every factor, adding up to 1");
        }
        List<FieldError> errors = new ArrayList<>();
        EnumMap<Factor, Integer> units = new EnumMap<>(Factor.class);
        body.weights().forEach((key, value) -> {
            String field = "weights." + key;
            if (Factor.byKey(key).isEmpty()) {
                errors.add(new FieldError(field, "is not a factor"));
            } else if (value == null || !(value >= 0 && value <= 1)) {
                errors.add(new FieldError(field, "must be a number from 0 to 1"));
            } else if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > 5) {
                errors.add(new FieldError(field, "may have at most 5 decimals"));
            } else {
                units.put(Factor.byKey(key).get(), (int) Math.round(value * Weights.TOTAL));
            }
        });
        for (Factor factor : Factor.values()) {
            if (!body.weights().containsKey(factor.key())) {
                errors.add(new FieldError("weights." + factor.key(), "is required"));
            }
        }
        if (errors.isEmpty()) {
            int sum = units.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != Weights.TOTAL) {
                errors.add(new FieldError("weights", "must add up to 1; they add up to "
                        + BigDecimal.valueOf(sum, 5).stripTrailingZeros().toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Weights.ofUnits(units);
    }

    private String settings(long id) {
        return versions.file(id, RuleSet.SETTINGS).orElseThrow(() -> new ConflictException("SETTINGS_MISSING",
                RuleVersionName.of(id) + " has no " + RuleSet.SETTINGS, Map.of("field", "id")));
    }

    private static RuleSettings parse(long id, String settings) {
        try {
            return SettingsFile.parse(settings);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("SETTINGS_INVALID", RuleVersionName.of(id) + ": " + e.getMessage(),
                    Map.of("field", "id"));
        }
    }
}
