package travel.confidence.console.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** Traffic shares as the service keeps them (in 1/10000): they must add up to exactly 1. */
final class Shares {

    static final int SCALE = 4;

    private Shares() {
    }

    static BigDecimal of(Double share) {
        return BigDecimal.valueOf(share == null ? 0 : share).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal total(Collection<Double> shares) {
        return shares.stream().map(Shares::of).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }

    static boolean addUpToOne(Collection<Double> shares) {
        return shares.stream().allMatch(Objects::nonNull)
                && shares.stream().allMatch(s -> s > 0 && s <= 1)
                && total(shares).compareTo(BigDecimal.ONE) == 0;
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }
}
