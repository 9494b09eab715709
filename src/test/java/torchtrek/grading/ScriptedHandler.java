package torchtrek.grading;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import torchtrek.grading.sandbox.JobHandler;

/**
 * A stand-in for the course's handler in grading tests: a "submission" is a list of commands,
 * each line one real behaviour (print, loop forever, call System.exit, exhaust memory, start
 * threads or processes, read or write files...). What it returns is what the course's handler
 * returns in spirit: the student's bindings as data, or the compile error.
 */
public final class ScriptedHandler implements JobHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public byte[] handle(byte[] request) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> bindings = new LinkedHashMap<>();
        out.put("bindings", bindings);
        for (String line : new String(request, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String[] w = line.strip().split(" ", 3);
            if (w[0].isEmpty() || w[0].startsWith("#")) continue;
            try {
                switch (w[0]) {
                    case "answer" -> bindings.put(w[1], w[2]);
                    case "print" -> System.out.println(line.strip().substring(6));
                    case "printmany" -> System.out.print("x".repeat(Integer.parseInt(w[1])));
                    case "syntax" -> {
                        out.put("compile_error", "line " + w[1] + ": ';' expected");
                        return JSON.writeValueAsBytes(out);
                    }
                    case "loop" -> { while (true) spin(); }
                    case "sleep" -> Thread.sleep(Long.MAX_VALUE);
                    case "exit" -> System.exit(Integer.parseInt(w[1]));
                    case "halt" -> Runtime.getRuntime().halt(7);
                    case "oom" -> {
                        List<long[]> hog = new ArrayList<>();
                        while (true) hog.add(new long[1 << 20]);
                    }
                    case "stack" -> bindings.put("depth", String.valueOf(recurse(0)));
                    case "threads" -> {
                        for (int i = 0; i < 100_000; i++) Thread.ofPlatform().daemon().start(ScriptedHandler::sleepForever);
                    }
                    case "linger" -> Thread.ofVirtual().start(ScriptedHandler::sleepForever);
                    case "procs" -> {
                        for (int i = 0; i < 5_000; i++) new ProcessBuilder("sleep", "600").start();
                    }
                    case "closeout" -> new FileOutputStream(FileDescriptor.out).close();
                    case "rawflood" -> {
                        FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
                        byte[] junk = "flood ".repeat(1000).getBytes();
                        while (true) raw.write(junk);
                    }
                    case "killself" -> new ProcessBuilder("kill", "-9", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
                    case "read" -> System.out.println("read " + w[1] + ": " + attempt(() -> Files.readString(Path.of(w[1]))));
                    case "write" -> System.out.println("write " + w[1] + ": " + attempt(() -> {
                        Files.writeString(Path.of(w[1]), w.length > 2 ? w[2] : "{\"score\": 100}");
                        return "written";
                    }));
                    case "list" -> System.out.println("list " + w[1] + ": " + attempt(() -> String.join(",",
                        Files.list(Path.of(w[1])).map(p -> p.getFileName().toString()).sorted().toList())));
                    case "reflect" -> System.out.println("reflect: " + attempt(() -> {
                        var f = String.class.getDeclaredField("value");
                        f.setAccessible(true);
                        return "reached " + f.get("secret");
                    }));
                    case "network" -> System.out.println("network: " + attempt(() -> {
                        try (var s = new java.net.Socket()) {
                            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 2000);
                            return "connected";
                        }
                    }));
                    default -> throw new IllegalArgumentException("unknown command " + w[0]);
                }
            } catch (StackOverflowError | java.io.IOException | RuntimeException e) {
                bindings.put("error", e.getClass().getName());
            }
        }
        return JSON.writeValueAsBytes(out);
    }

    private static volatile long sink;

    private static void spin() { sink++; }

    private static int recurse(int n) { return recurse(n + 1) + 1; }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Attempt { String run() throws Exception; }

    private static String attempt(Attempt a) {
        try {
            return a.run();
        } catch (Exception | Error e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
