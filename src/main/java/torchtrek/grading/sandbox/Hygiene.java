package torchtrek.grading.sandbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Decides whether a worker JVM is still fit for the student's next exercise: code that leaves
 * threads (virtual ones included) or processes running could slow down or change what the next
 * exercise computes, so such a JVM is replaced. Threads are listed with the JDK's own thread dump,
 * the only public API that sees virtual threads.
 */
final class Hygiene {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dumpDir;
    private int dumps;

    Hygiene(Path dumpDir) {
        this.dumpDir = dumpDir;
    }

    /** The ids of every live thread, or null when they cannot be listed. */
    Set<String> threads() {
        Path file = dumpDir.resolve("threads-" + ProcessHandle.current().pid() + "-" + (dumps++) + ".json");
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            JsonNode root = JSON.readTree(file.toFile());
            Set<String> ids = new HashSet<>();
            for (JsonNode container : root.path("threadDump").path("threadContainers")) {
                for (JsonNode t : container.path("threads")) ids.add(t.path("tid").asText());
            }
            return ids;
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover dump file only costs disk space in the scratch folder
            }
        }
    }

    /** Why this JVM must be replaced after a job that started with {@code before} alive; empty when it is clean. */
    List<String> check(Set<String> before) {
        List<String> reasons = new ArrayList<>();
        Set<String> after = threads();
        if (before == null || after == null) {
            reasons.add("the worker could not list its threads");
        } else {
            after.removeAll(before);
            if (!after.isEmpty()) reasons.add(after.size() + " thread(s) started by the code were still running");
        }
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        if (!children.isEmpty()) {
            reasons.add(children.size() + " process(es) started by the code were still running");
            children.forEach(ProcessHandle::destroyForcibly);
        }
        return reasons;
    }
}
