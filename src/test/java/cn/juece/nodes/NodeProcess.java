package cn.juece.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Juece node: the built fat jar run as a separate {@code java} process on a port of its own,
 * logging to target/nodes/&lt;name&gt;.log. Killed with SIGKILL (what a power cut or the OOM killer
 * does), or stopped as a service manager stops it (SIGTERM).
 */
final class NodeProcess implements AutoCloseable {

    static final String PASSWORD = "test-secret";
    private static final Path PROVISIONAL_CALENDAR = Path.of("target/test-classes/calendar-provisional").toAbsolutePath();
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private final NodeDatabase database;
    private final Map<String, String> settings;
    private final int port;
    private final Path log;
    private Process process;

    NodeProcess(String name, NodeDatabase database, Map<String, String> settings) {
        this.name = name;
        this.database = database;
        this.settings = settings;
        this.port = freePort();
        this.log = Path.of("target", "nodes", name + ".log");
    }

    NodeProcess(String name, NodeDatabase database) {
        this(name, database, Map.of());
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the process (appending to its log, so a restart's log follows the crash's) and waits until it serves. */
    NodeProcess start() {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n===== start " + Instant.now() + " =====\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(database.environment());
            builder.environment().put("JUECE_DEMO_PASSWORD", PASSWORD);
            // the nodes run on the real date, and a deadline may reach into a year the built-in calendar lacks
            builder.environment().put("JUECE_CALENDAR_DIR", PROVISIONAL_CALENDAR.toString());
            process = builder.start();
            Process started = process;
            // a test JVM stopped half-way (Ctrl-C, a timeout) leaves no node holding a port or the database
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    private List<String> command() {
        String jar = System.getProperty("juece.jar", "target/juece-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(jar + " not built: the *IT tests run in mvn verify, after package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a small heap and the quick compiler: several nodes start on a 2-core machine shared with builds
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-jar", jar));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", String.valueOf(port));
        // the engine's name for this node in ACT_HI_JOB_LOG.HOSTNAME_, to see which node ran a job
        all.put("camunda.bpm.generic-properties.properties.hostname", name);
        // the tests send many comments from one address; the limit itself is CommentRateLimiterTest's
        all.put("juece.portal.comments-per-window", "100000");
        // the postgres profile marks the session cookie Secure; the tests speak plain http on loopback
        all.put("server.servlet.session.cookie.secure", "false");
        // A job made due by the test's UPDATE of ACT_RU_JOB is news to an idle executor, which
        // otherwise backs off to 60 s between looks; production keeps Camunda's default.
        all.put("camunda.bpm.job-execution.max-wait", "1000");
        all.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        all.putAll(settings);
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN + "\n" + logTail());
    }

    /** kill -9: no shutdown hook, no pool closed, no transaction finished. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM, as systemd stops a service: Spring closes the context, the job executor and the pool. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            stop();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
