package vn.danvan.workflow.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, reported as p50/p95/p99 milliseconds. */
final class Latencies {

  private final long[] samples;
  private int count;

  Latencies(int capacity) {
    samples = new long[capacity];
  }

  void add(long nanos) {
    samples[count++] = nanos;
  }

  int count() {
    return count;
  }

  /** All samples of several sets in one, for a percentile over them together (not an average of percentiles). */
  static Latencies merged(Iterable<Latencies> parts) {
    int total = 0;
    for (Latencies part : parts) {
      total += part.count;
    }
    Latencies merged = new Latencies(total);
    for (Latencies part : parts) {
      System.arraycopy(part.samples, 0, merged.samples, merged.count, part.count);
      merged.count += part.count;
    }
    return merged;
  }

  /** NaN when there is no sample. */
  double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
  }

  double mean() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += samples[i];
    }
    return count == 0 ? Double.NaN : sum / (double) count / 1_000_000.0;
  }

  String summary() {
    return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", percentile(50), percentile(95),
        percentile(99), count);
  }
}
