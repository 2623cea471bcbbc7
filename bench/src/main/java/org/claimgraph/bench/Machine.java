package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a benchmark ran on, so that a figure is never quoted without it.
 *
 * @param cores      processors available to the JVM
 * @param cpu        the CPU model from {@code /proc/cpuinfo}, or {@code unknown}
 * @param java       the Java runtime version and VM
 * @param os         operating system and architecture
 * @param maxHeapMiB the heap limit ({@code -Xmx})
 */
public record Machine(int cores, String cpu, String java, String os, long maxHeapMiB) {

    /** This machine. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return cpuModel(lines);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The {@code model name} value of cpuinfo lines, or {@code unknown}. */
    static String cpuModel(List<String> cpuinfo) {
        for (String line : cpuinfo) {
            if (line.startsWith("model name")) {
                int colon = line.indexOf(':');
                if (colon >= 0) {
                    return line.substring(colon + 1).strip();
                }
            }
        }
        return "unknown";
    }
}
