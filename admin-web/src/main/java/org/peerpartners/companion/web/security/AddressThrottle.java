package org.peerpartners.companion.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per network address in a sliding window, in memory: the account
 * lock-out stops guessing one account's password, this stops one address from trying
 * many accounts (or many unknown emails, which have no account to lock). Per instance, so
 * with N instances an address gets up to N times the limit: still far too few for guessing.
 */
@Component
class AddressThrottle {

    /** Above this many tracked addresses, expired ones are dropped on the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    AddressThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean blocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() >= properties.maxFailedLoginsPerAddress();
        }
    }

    void failed(String address) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    dropExpired(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent);
            recent.addLast(clock.instant());
        }
    }

    private void dropExpired(Deque<Instant> recent) {
        Instant since = clock.instant().minus(properties.addressWindow());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }
}
