package travel.confidence.rules.model;

/** A persona rule's change to one factor's weight: multiply it by {@code percent}/100, and why. */
public record WeightAdjustment(Factor factor, int percent, String reason, String rule) {

    public WeightAdjustment {
        if (percent < 0 || percent > 1000) {
            throw new IllegalArgumentException("rule '" + rule + "' scales " + factor.key() + " by " + percent
                    + " %; a weight may be scaled by 0 % to 1000 %");
        }
    }
}
