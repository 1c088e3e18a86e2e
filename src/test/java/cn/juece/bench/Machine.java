package cn.juece.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a run was on, for the report: CPU, memory, OS, Java, the databases' versions. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        List<String> cpu = lines("/proc/cpuinfo");
        String model = cpu.stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        long cores = cpu.stream().filter(l -> l.startsWith("processor")).count();
        String memory = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0) + " GiB").orElse("?");
        String os = lines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                .map(l -> l.substring(12).replace("\"", "")).orElse(System.getProperty("os.name"));
        String load = lines("/proc/loadavg").stream().findFirst().map(l -> String.join(" ",
                List.of(l.split(" ")).subList(0, 3))).orElse("?");
        return "| | |\n| --- | --- |\n"
                + "| CPU | " + model + ", " + (cores > 0 ? cores : Runtime.getRuntime().availableProcessors())
                + " cores |\n"
                + "| Memory | " + memory + " |\n"
                + "| OS | " + os + ", kernel " + System.getProperty("os.version") + " |\n"
                + "| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " |\n"
                + "| H2 | " + Optional.ofNullable(org.h2.engine.Constants.FULL_VERSION).orElse("?") + " (file database) |\n"
                + "| PostgreSQL | " + BenchDatabase.postgresVersion().replace("PostgreSQL ", "") + " on 127.0.0.1 |\n"
                + "| Load average when the report was written (1, 5, 15 min) | " + load + " |\n";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
