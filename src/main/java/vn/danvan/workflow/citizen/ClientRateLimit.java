package vn.danvan.workflow.citizen;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most so many requests of one kind per client within any hour (a sliding window on the service's clock),
 * kept in memory: a restart forgets, which costs a spammer nothing they could not get by waiting an hour. A client
 * is its IPv4 address or its IPv6 /64 (one subscriber's network). Behind a reverse proxy, the proxy must be trusted
 * ({@code server.forward-headers-strategy}) so that the address is the citizen's, not the proxy's.
 */
@Component
class ClientRateLimit {

  enum Bucket { FILING, LOOKUP }

  static final Duration WINDOW = Duration.ofHours(1);
  private static final int SWEEP_ABOVE = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

  ClientRateLimit(Clock clock) {
    this.clock = clock;
  }

  /** Counts this request; false when the client has already made {@code perHour} within the last hour. */
  boolean allow(Bucket bucket, String remoteAddress, int perHour) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    if (seen.size() > SWEEP_ABOVE) {
      sweep(since);
    }
    Deque<Instant> times = seen.computeIfAbsent(bucket + " " + client(remoteAddress), key -> new ArrayDeque<>());
    synchronized (times) {
      times.removeIf(t -> !t.isAfter(since));
      long within = times.stream().filter(t -> !t.isAfter(now)).count();
      if (within >= perHour) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  private void sweep(Instant since) {
    seen.values().removeIf(times -> {
      synchronized (times) {
        return times.stream().noneMatch(t -> t.isAfter(since));
      }
    });
  }

  /** IPv6 addresses are cheap: one subscriber holds a whole /64, so the /64 is the client. */
  static String client(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return String.valueOf(remoteAddress);
    }
    try {
      byte[] bytes = InetAddress.getByName(remoteAddress).getAddress(); // a literal: no name lookup
      return bytes.length == 16 ? Arrays.toString(Arrays.copyOf(bytes, 8)) : remoteAddress;
    } catch (UnknownHostException notALiteral) {
      return remoteAddress;
    }
  }
}
