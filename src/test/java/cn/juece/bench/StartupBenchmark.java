package cn.juece.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 6, point 4: seconds from {@code java -jar} to ready, and heap after work. The fat jar runs as
 * shipped (demo data on, so a first start also creates the schema and the demo decisions) with
 * {@code -Xmx512m}, the memory goal as its heap limit. Ready is Spring's ApplicationReadyEvent
 * (readiness ACCEPTING_TRAFFIC, after the demo data is written); the first 200 on /login is noted too.
 * The first start is on a new database, the later ones restart on it. After the last start, one
 * decision is carried start → archive through the engine REST API (HTTP basic, each step as its
 * user, Juece's rules applying as on the pages), then a GC, and the heap in use is read with jcmd.
 */
class StartupBenchmark {

    private static final String STARTUP_NOTE = """
            What bounds it (JFR of a restart of the fat jar, `settings=profile`, samples of the main thread, \
            2026-12-01): loading classes out of the fat jar's nested jars 37 % (finding and opening nested \
            entries, defining and verifying some 14,000 classes), Camunda parsing its MyBatis SQL mappings from \
            XML while it builds the engine 25 %, Spring creating and wiring the beans and parsing the \
            configuration classes most of the rest, the directory's bcrypt hash 1.6 %. The CDS start takes \
            most of the first share away (the first phase above: the classes come mapped from the archive). \
            Not changed: the engine's mapping parse is Camunda's own, done on every start, with no supported \
            way to keep it between starts; lazy initialisation or skipping the engine's schema check would \
            change what a start verifies (errors found only later, a schema left unchecked).""";

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final String READY = "ACCEPTING_TRAFFIC";
    private static final String PASSWORD = "bench-secret";

    @Test
    void secondsToReadyAndHeapAfterAProcedure() throws Exception {
        int starts = Bench.size("starts", 3, 2);
        assertThat(Bench.jar()).as("the fat jar (mvn -Pbench verify builds it first)").exists();
        Map<String, String> database = BenchDatabase.fresh("startup");
        List<Double> ready = new ArrayList<>();
        List<Double> serving = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        double heapAfterStart = 0;
        double heapAfterProcedure = 0;
        String procedure = "not run";
        List<String> labels = new ArrayList<>();
        for (int run = 0; run < starts; run++) {
            boolean last = run == starts - 1;
            labels.add(run == 0 ? "new database" : "restart " + run);
            try (RunningJar jar = RunningJar.start(database, "fat-" + run, Launch.fatJar())) {
                logs.add(jar.log);
                ready.add(jar.readySeconds);
                serving.add(jar.servingSeconds);
                if (last) {
                    heapAfterStart = jar.heapAfterGcMb();
                    try {
                        procedure = new RestProcedure(jar.base(), PASSWORD).carry();
                    } catch (IllegalStateException refused) {
                        // e.g. on the real clock a deadline falls in a year the working-day calendar has
                        // no data for yet: reported, and the heap still read after what was done
                        procedure = "FAILED, so not a full procedure: " + refused.getMessage()
                                .replace("|", "/").replace("\n", " ");
                    }
                    heapAfterProcedure = jar.heapAfterGcMb();
                }
            }
        }
        // the README's faster start: the jar extracted, with a class-data archive from a training run
        Launch archived = Launch.extractedWithClassArchive(database);
        List<Double> archivedReady = new ArrayList<>();
        List<Double> archivedServing = new ArrayList<>();
        Map<String, String> secondDatabase = BenchDatabase.fresh("startup-cds");
        for (int run = 0; run < starts; run++) {
            labels.add((run == 0 ? "new database" : "restart " + run) + ", CDS");
            try (RunningJar jar = RunningJar.start(secondDatabase, "cds-" + run, archived)) {
                logs.add(jar.log);
                archivedReady.add(jar.readySeconds);
                archivedServing.add(jar.servingSeconds);
            }
        }
        double cold = ready.get(0);
        Stats restarts = Stats.of(ready.subList(1, ready.size()).stream().mapToDouble(Double::doubleValue).toArray());
        new Fragment("40", "startup", "4. Start-up and memory")
                .atMost("Start-up of the fat jar to ready, new database with demo data", cold, "s", 10)
                .atMost("Start-up of the fat jar to ready, restart (median)", restarts.median(), "s", 10)
                .atMost("Start-up to ready, new database with demo data, extracted jar with a CDS archive",
                        archivedReady.get(0), "s", 10)
                .atMost("Start-up to ready, restart, extracted jar with a CDS archive (median)",
                        Stats.of(archivedReady.subList(1, archivedReady.size()).stream()
                                .mapToDouble(Double::doubleValue).toArray()).median(), "s", 10)
                .atMost("Heap used after a full procedure and a GC (-Xmx512m)", heapAfterProcedure, "MB", 512)
                .paragraph("`java -Xmx512m -jar " + Bench.jar().getFileName() + "` as shipped (demo data on), "
                        + starts + " starts: the first on a new database (Camunda's and Flyway's schema, demo "
                        + "data), the others restarting on it. Ready: Spring's ApplicationReadyEvent (readiness "
                        + "state ACCEPTING_TRAFFIC, after the demo data), measured from process launch.")
                .line("| Start | Ready (s) | First 200 on /login (s) |")
                .line("| --- | --- | --- |")
                .line(rows(labels, concat(ready, archivedReady), concat(serving, archivedServing)))
                .line("")
                .paragraph("CDS: the README's faster start (Production on one machine). The jar extracted with "
                        + "`java -Djarmode=tools -jar " + Bench.jar().getFileName() + " extract`, a class-data "
                        + "archive written by a training run on the same database that stops once the context is "
                        + "refreshed (`-XX:ArchiveClassesAtExit=juece.jsa -Dspring.context.exit=onRefresh`, "
                        + Fragment.number(archived.trainingSeconds) + " s), then `java -Xmx512m "
                        + "-XX:SharedArchiveFile=juece.jsa -jar juece/" + Bench.jar().getFileName() + "`: the JVM "
                        + "maps the classes it would otherwise load, verify and link one by one from the jar. The "
                        + "CDS starts run on a second new database: the first of them creates its schema and demo "
                        + "data, as the fat jar's first start did.")
                .paragraph("Heap used after a GC (`jcmd <pid> GC.run`, then `GC.heap_info`): "
                        + Fragment.number(heapAfterStart) + " MB after start-up, **" + Fragment.number(heapAfterProcedure)
                        + " MB** after one decision carried start → archive (" + procedure + "), all within "
                        + "-Xmx512m.")
                .paragraph("Where the time went, from each start's log (target/benchmarks/startup-*.log):")
                .line(StartupPhases.table(labels, logs))
                .paragraph(STARTUP_NOTE)
                .write();
    }

    private static String rows(List<String> labels, List<Double> ready, List<Double> serving) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ready.size(); i++) {
            rows.append(i == 0 ? "" : "\n").append("| ").append(labels.get(i)).append(" | ")
                    .append(Fragment.number(ready.get(i))).append(" | ").append(Fragment.number(serving.get(i)))
                    .append(" |");
        }
        return rows.toString();
    }

    private static List<Double> concat(List<Double> first, List<Double> second) {
        List<Double> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** How the jar is launched: the JVM options and the jar, before the application's arguments. */
    record Launch(List<String> javaOptionsAndJar, double trainingSeconds) {

        static Launch fatJar() {
            return new Launch(List.of("-jar", Bench.jar().toString()), 0);
        }

        /**
         * Extracts the jar and writes a dynamic CDS archive by a training run on this database that
         * ends once Spring's context is refreshed (no runners, nothing served).
         */
        static Launch extractedWithClassArchive(Map<String, String> database) throws Exception {
            Path directory = Bench.out().resolve("cds-" + Bench.database()).toAbsolutePath();
            Path extracted = directory.resolve("juece");
            Path archive = directory.resolve("juece.jsa");
            Files.createDirectories(directory);
            run(directory.resolve("extract.log"), List.of(RunningJar.javaExecutable(), "-Djarmode=tools", "-jar",
                    Bench.jar().toString(), "extract", "--force", "--destination", extracted.toString()), Map.of());
            Path jar = extracted.resolve(Bench.jar().getFileName());
            List<String> training = new ArrayList<>(List.of(RunningJar.javaExecutable(), "-Xmx512m",
                    "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-Duser.timezone=UTC",
                    "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--server.port=0"));
            database.forEach((name, value) -> training.add("--" + name + "=" + value));
            long started = System.nanoTime();
            run(directory.resolve("training.log"), training, Map.of("JUECE_DEMO_PASSWORD", PASSWORD));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(archive).as("the CDS archive; see " + directory.resolve("training.log")).exists();
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", jar.toString()), seconds);
        }

        private static void run(Path log, List<String> command, Map<String, String> environment) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished within 300 s; see " + log).isTrue();
            assertThat(process.exitValue()).as("exit code; see " + log).isZero();
        }
    }

    /** The fat jar started in a process of its own, waited for until ready. */
    static final class RunningJar implements AutoCloseable {

        final Process process;
        final int port;
        Path log;
        double readySeconds;
        double servingSeconds;

        private RunningJar(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static RunningJar start(Map<String, String> database, String name, Launch launch) throws Exception {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-Duser.timezone=UTC",
                    "-Dfile.encoding=UTF-8"));
            command.addAll(launch.javaOptionsAndJar());
            command.addAll(List.of("--server.port=" + port, "--logging.level.org.springframework.boot.availability=debug"));
            database.forEach((property, value) -> command.add("--" + property + "=" + value));
            Path log = Bench.out().resolve("startup-" + Bench.database() + "-" + name + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("JUECE_DEMO_PASSWORD", PASSWORD);
            long launched = System.nanoTime();
            RunningJar jar = new RunningJar(builder.start(), port);
            jar.log = log;
            CompletableFuture<Double> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> copyWatchingFor(jar.process, log, launched, ready), "jar-log");
            reader.setDaemon(true);
            reader.start();
            HttpClient http = HttpClient.newHttpClient();
            long deadline = launched + TimeUnit.SECONDS.toNanos(180);
            while (jar.servingSeconds == 0) {
                assertThat(System.nanoTime()).as("/login answered within 180 s; see " + log).isLessThan(deadline);
                assertThat(jar.process.isAlive()).as("the jar still running; see " + log).isTrue();
                try {
                    int status = http.send(HttpRequest.newBuilder(URI.create(jar.base() + "/login"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        jar.servingSeconds = (System.nanoTime() - launched) / 1e9;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            jar.readySeconds = ready.get(180, TimeUnit.SECONDS);
            return jar;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        double heapAfterGcMb() throws Exception {
            jcmd("GC.run");
            Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
            assertThat(used.find()).isTrue();
            return Long.parseLong(used.group(1)) / 1024.0;
        }

        private String jcmd(String what) throws Exception {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), what).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static void copyWatchingFor(Process process, Path log, long launched, CompletableFuture<Double> ready) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!ready.isDone() && line.contains(READY)) {
                        ready.complete((System.nanoTime() - launched) / 1e9);
                    }
                    out.println(line);
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the jar ended before it was ready; see " + log));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        static String javaExecutable() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
