package travel.confidence.data.external;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value with where it comes from and how fresh it is.
 *
 * @param value     the value, or null when none is available
 * @param asOf      when it was fetched (ISO 8601 instant) or, for bundled data, the date or years the source gives
 * @param note      why a live source was not used, in words an operator and a traveller can read
 */
public record Sourced<T>(@Nullable T value, Freshness freshness, String source, @Nullable String asOf,
                         @Nullable String note) {

    public static <T> Sourced<T> unavailable(String source, String note) {
        return new Sourced<>(null, Freshness.UNAVAILABLE, source, null, note);
    }

    public static <T> Sourced<T> bundled(@Nullable T value, String source, String asOf, @Nullable String note) {
        return new Sourced<>(value, Freshness.BUNDLED, source, asOf, note);
    }

    public Optional<T> present() {
        return Optional.ofNullable(value);
    }

    public <R> Sourced<R> map(Function<T, R> mapping) {
        return new Sourced<>(value == null ? null : mapping.apply(value), freshness, source, asOf, note);
    }
}
