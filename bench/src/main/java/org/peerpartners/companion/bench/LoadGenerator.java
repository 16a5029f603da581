package org.peerpartners.companion.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop load generator: a fixed number of virtual clients, each sending its next
 * request as soon as the previous one is answered, over keep-alive HTTP/1.1 connections,
 * until the duration is over or the request budget is spent. Records the latency of every
 * request and the id of every one answered 2xx.
 */
final class LoadGenerator {

    /** One request to send and the provider id it carries. */
    record Shot(String id, HttpRequest request) {
    }

    record Result(long sent, long accepted, Map<Integer, Long> otherStatuses, long ioErrors, double seconds,
            long[] latenciesNanos, List<String> acceptedIds) {

        double acceptedPerSecond() {
            return accepted / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "sent %d, 2xx %d, other %s, io errors %d in %.1f s: %.0f accepted/s; latency p50 %.1f ms, "
                            + "p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sent, accepted, otherStatuses, ioErrors, seconds, acceptedPerSecond(), percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100));
        }
    }

    private final int clients;
    private final Duration duration;
    private final long maxRequests;

    LoadGenerator(int clients, Duration duration, long maxRequests) {
        this.clients = clients;
        this.duration = duration;
        this.maxRequests = maxRequests;
    }

    /** Runs the load; {@code shots} turns a sequence number (from {@code firstSeq}) into a request. */
    Result run(long firstSeq, LongFunction<Shot> shots) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong next = new AtomicLong(firstSeq);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(http, next, firstSeq + maxRequests, deadline, shots);
            client.thread = new Thread(client, "load-client-" + i);
            client.thread.start();
            running.add(client);
        }
        for (Client client : running) {
            client.thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long sent = 0;
        long accepted = 0;
        long ioErrors = 0;
        Map<Integer, Long> other = new TreeMap<>();
        int latencyCount = 0;
        List<String> ids = new ArrayList<>();
        for (Client client : running) {
            sent += client.sent;
            accepted += client.accepted;
            ioErrors += client.ioErrors;
            client.other.forEach((status, count) -> other.merge(status, count, Long::sum));
            latencyCount += client.latencyCount;
            ids.addAll(client.acceptedIds);
        }
        long[] latencies = new long[latencyCount];
        int at = 0;
        for (Client client : running) {
            System.arraycopy(client.latencies, 0, latencies, at, client.latencyCount);
            at += client.latencyCount;
        }
        Arrays.sort(latencies);
        return new Result(sent, accepted, other, ioErrors, seconds, latencies, ids);
    }

    private static final class Client implements Runnable {
        private final HttpClient http;
        private final AtomicLong next;
        private final long end;
        private final long deadline;
        private final LongFunction<Shot> shots;
        Thread thread;
        long sent;
        long accepted;
        long ioErrors;
        final Map<Integer, Long> other = new TreeMap<>();
        long[] latencies = new long[1 << 14];
        int latencyCount;
        final List<String> acceptedIds = new ArrayList<>();

        Client(HttpClient http, AtomicLong next, long end, long deadline, LongFunction<Shot> shots) {
            this.http = http;
            this.next = next;
            this.end = end;
            this.deadline = deadline;
            this.shots = shots;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                long seq = next.getAndIncrement();
                if (seq >= end) {
                    return;
                }
                Shot shot = shots.apply(seq);
                long began = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(shot.request(), HttpResponse.BodyHandlers.discarding());
                    record(System.nanoTime() - began);
                    sent++;
                    if (response.statusCode() / 100 == 2) {
                        accepted++;
                        acceptedIds.add(shot.id());
                    } else {
                        other.merge(response.statusCode(), 1L, Long::sum);
                    }
                } catch (IOException e) {
                    sent++;
                    ioErrors++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void record(long nanos) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }
    }
}
