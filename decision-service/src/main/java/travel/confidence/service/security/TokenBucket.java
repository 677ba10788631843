package travel.confidence.service.security;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perNano} tokens per
 * nanosecond; a request takes one. Times come from the caller ({@link System#nanoTime()}), so tests need no sleep.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = Math.max(1, capacity);
        this.perNano = perSecond / 1e9;
        this.tokens = this.capacity;
        this.refilledAt = now;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one will be there (nothing taken). */
    synchronized long take(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return perNano <= 0 ? Long.MAX_VALUE : (long) Math.ceil((1 - tokens) / perNano);
    }
}
