package torchtrek.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One student's submission: a folder or a zip of their exercise files, named after the student.
 * Copying it into a scratch folder keeps regular files only (no links, which could point at a
 * solution), refuses paths that climb out, and stops at {@link #MAX_FILES} files or
 * {@link #MAX_BYTES} bytes.
 */
public record Submission(String student, Path source) {
    public static final int MAX_FILES = 500;
    public static final long MAX_BYTES = 20L << 20;

    /** Every submission in {@code dir}, sorted by student: each folder and each {@code .zip} (hidden names skipped). */
    public static List<Submission> list(Path dir) throws IOException {
        TreeMap<String, Submission> found = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.put(name, new Submission(name, p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    String student = name.substring(0, name.length() - 4);
                    found.putIfAbsent(student, new Submission(student, p));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Copies the submission's files into {@code into}; a zip whose files all sit in one folder is
     * unwrapped. Returns what was left out and why (empty when everything was copied).
     */
    public List<String> copyInto(Path into) throws IOException {
        Files.createDirectories(into);
        List<String> skipped = new ArrayList<>();
        long[] budget = {MAX_FILES, MAX_BYTES};
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    if (p.equals(source) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                    String rel = source.relativize(p).toString();
                    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        skipped.add(rel + " (not a regular file)");
                    } else if (admit(rel, Files.size(p), budget, skipped)) {
                        Path target = into.resolve(rel);
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            unzip(into, budget, skipped);
        }
        return skipped;
    }

    private void unzip(Path into, long[] budget, List<String> skipped) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) continue;
                String rel = e.getName().replace('\\', '/');
                Path target = into.resolve(rel).normalize();
                if (!target.startsWith(into) || rel.startsWith("/")) {
                    skipped.add(rel + " (outside the submission)");
                    continue;
                }
                byte[] data = readCapped(zip, budget[1] + 1);
                if (!admit(rel, data.length, budget, skipped)) continue;
                Files.createDirectories(target.getParent());
                Files.write(target, data);
                names.add(rel);
            }
        }
        unwrapSingleFolder(into, names);
    }

    private static boolean admit(String rel, long size, long[] budget, List<String> skipped) {
        if (rel.startsWith("__MACOSX/") || rel.endsWith(".DS_Store")) return false;
        if (budget[0] <= 0 || size > budget[1]) {
            skipped.add(rel + " (the submission is over " + MAX_FILES + " files or " + (MAX_BYTES >> 20) + " MB)");
            return false;
        }
        budget[0]--;
        budget[1] -= size;
        return true;
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        return in.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 8));
    }

    /** Students often zip the folder rather than its files: {@code hw/a.jsh} becomes {@code a.jsh}. */
    private static void unwrapSingleFolder(Path into, List<String> names) throws IOException {
        if (names.isEmpty()) return;
        String first = names.get(0);
        int slash = first.indexOf('/');
        if (slash < 0) return;
        String prefix = first.substring(0, slash + 1);
        for (String n : names) if (!n.startsWith(prefix)) return;
        Path top = into.resolve(prefix);
        for (String n : names) {
            Path target = into.resolve(n.substring(prefix.length()));
            Files.createDirectories(target.getParent());
            Files.move(into.resolve(n), target, StandardCopyOption.REPLACE_EXISTING);
        }
        torchtrek.grading.sandbox.Scratch.delete(top);
    }

    /** The file answering {@code name} in a copied submission: at that path, else the one file anywhere with that name. */
    public static Path find(Path copied, String name) throws IOException {
        Path exact = copied.resolve(name);
        if (Files.isRegularFile(exact, LinkOption.NOFOLLOW_LINKS)) return exact;
        String base = Path.of(name).getFileName().toString();
        try (Stream<Path> all = Files.walk(copied)) {
            List<Path> matches = all.filter(p -> p.getFileName().toString().equals(base)
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            return matches.size() == 1 ? matches.get(0) : null;
        }
    }
}
