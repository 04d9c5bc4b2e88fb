package blog.examples.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled at {@code perSecond}.
 */
public final class RateLimiter {
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final int capacity;
    private final double perSecond;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, double perSecond, Clock clock) {
        if (capacity <= 0 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity and rate must be positive");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    public boolean tryAcquire(String client) {
        var bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now()));
        synchronized (bucket) {
            long now = now();
            double refill = (now - bucket.updatedAt) / NANOS_PER_SECOND * perSecond;
            bucket.tokens = Math.min(capacity, bucket.tokens + refill);
            bucket.updatedAt = now;
            if (bucket.tokens < 1.0) {
                return false;
            }
            bucket.tokens -= 1.0;
            return true;
        }
    }

    public Duration retryAfter(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null || bucket.tokens >= 1.0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((1.0 - bucket.tokens) / perSecond * 1000));
    }

    private long now() {
        return clock.instant().toEpochMilli() * 1_000_000L;
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(int tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
