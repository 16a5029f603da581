package org.peerpartners.companion.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop load generator: a fixed number of virtual clients, each sending its next
 * request as soon as the previous one is answered, over one keep-alive HTTP/1.1 connection
 * per client, until the duration is over or the request budget is spent. Records the
 * latency of every request and the id of every one answered 2xx.
 * <p>
 * It writes and reads HTTP/1.1 on plain blocking sockets (no client library) so that it
 * costs the 2 shared cores as little as the tools such numbers are usually measured with
 * (wrk and the like): the JDK's {@code HttpClient} spent about as much CPU per request as
 * the bare baseline endpoint did. Responses may have a {@code Content-Length} or be chunked.
 */
final class LoadGenerator {

    /** One POST to send and the provider id it carries. */
    record Shot(String id, String path, Map<String, String> headers, byte[] body) {

        static Shot post(String id, String path, Map<String, String> headers, String body) {
            return new Shot(id, path, headers, body.getBytes(StandardCharsets.UTF_8));
        }
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
            return String.format(Locale.ROOT,
                    "sent %d, 2xx %d, other %s, io errors %d in %.1f s: %.0f accepted/s; latency p50 %.1f ms, "
                            + "p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sent, accepted, otherStatuses, ioErrors, seconds, acceptedPerSecond(), percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100));
        }
    }

    private final int port;
    private final int clients;
    private final Duration duration;
    private final long maxRequests;

    LoadGenerator(int port, int clients, Duration duration, long maxRequests) {
        this.port = port;
        this.clients = clients;
        this.duration = duration;
        this.maxRequests = maxRequests;
    }

    /** Runs the load; {@code shots} turns a sequence number (from {@code firstSeq}) into a request. */
    Result run(long firstSeq, LongFunction<Shot> shots) throws InterruptedException {
        AtomicLong next = new AtomicLong(firstSeq);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(port, next, firstSeq + maxRequests, deadline, shots);
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
        private final int port;
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
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(int port, AtomicLong next, long end, long deadline, LongFunction<Shot> shots) {
            this.port = port;
            this.next = next;
            this.end = end;
            this.deadline = deadline;
            this.shots = shots;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < deadline) {
                    long seq = next.getAndIncrement();
                    if (seq >= end) {
                        return;
                    }
                    Shot shot = shots.apply(seq);
                    long began = System.nanoTime();
                    sent++;
                    try {
                        int status = exchange(shot);
                        record(System.nanoTime() - began);
                        if (status / 100 == 2) {
                            accepted++;
                            acceptedIds.add(shot.id());
                        } else {
                            other.merge(status, 1L, Long::sum);
                        }
                    } catch (IOException e) {
                        ioErrors++;
                        close();
                    }
                }
            } finally {
                close();
            }
        }

        /** Sends one request on the client's connection (opened if needed); returns the status. */
        private int exchange(Shot shot) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            }
            StringBuilder head = new StringBuilder(256).append("POST ").append(shot.path()).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Length: ").append(shot.body().length).append("\r\n");
            shot.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(shot.body());
            out.flush();

            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed mid-response");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }

        private void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed mid-body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already broken
                }
                socket = null;
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
