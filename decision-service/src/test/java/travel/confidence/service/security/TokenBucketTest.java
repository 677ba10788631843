package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves: no sleeping. */
class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void a_client_may_send_its_burst_at_once_then_waits_for_the_refill() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.take(SECOND / 2)).isEqualTo(SECOND / 2);
    }

    @Test
    void an_idle_bucket_fills_up_to_its_burst_and_no_further() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);

        long later = 3600 * SECOND;
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isEqualTo(SECOND);
    }

    @Test
    void each_client_has_a_bucket_of_its_own_and_sign_ins_count_per_minute() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(true, 1, 1, 1, 1, 6, 2, 1000), now::get);

        assertThat(limiter.take(RateLimiter.Kind.IP, "203.0.113.1")).isEmpty();
        assertThat(limiter.take(RateLimiter.Kind.IP, "203.0.113.1")).hasValue(SECOND);
        assertThat(limiter.take(RateLimiter.Kind.IP, "203.0.113.2")).isEmpty();
        assertThat(limiter.take(RateLimiter.Kind.USER, "203.0.113.1")).as("users and addresses never share a bucket").isEmpty();

        assertThat(limiter.take(RateLimiter.Kind.LOGIN, "203.0.113.1")).isEmpty();
        assertThat(limiter.take(RateLimiter.Kind.LOGIN, "203.0.113.1")).isEmpty();
        OptionalLong wait = limiter.take(RateLimiter.Kind.LOGIN, "203.0.113.1");
        assertThat(wait).hasValue(10 * SECOND);
    }

    @Test
    void nothing_is_limited_when_limits_are_off() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(false, 1, 1, 1, 1, 1, 1, 10), () -> 0);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.take(RateLimiter.Kind.IP, "203.0.113.1")).isEmpty();
        }
    }
}
