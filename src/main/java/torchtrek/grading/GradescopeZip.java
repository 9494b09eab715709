package torchtrek.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds Gradescope's autograder zip: {@code setup.sh} and {@code run_autograder} at the root
 * (not inside a folder, the classic mistake) and executable, TorchTrek's jars under
 * {@code torchtrek/lib/}, the course (course.yaml, lessons, exercises, solutions) under
 * {@code torchtrek/course/}. Entries are sorted and dated 1980 so the same inputs give the same zip.
 */
public final class GradescopeZip {
    private static final String RESOURCES = "/torchtrek/grading/gradescope/";
    private static final List<String> COURSE_PARTS = List.of("course.yaml", "lessons", "exercises", "solutions");

    private GradescopeZip() {}

    /**
     * Writes the zip for the course in {@code course}, with TorchTrek's jars {@code jars} (a classes
     * folder among them is packed into a jar); {@code gradeOptions} are added to the grading command.
     */
    public static void build(Path course, List<Path> jars, Path zip, String gradeOptions) throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
            add(out, "setup.sh", resource("setup.sh"), 0755);
            add(out, "run_autograder", resource("run_autograder").replace("@GRADE_OPTIONS@", gradeOptions), 0755);
            for (int i = 0; i < jars.size(); i++) {
                Path jar = jars.get(i);
                String name = Files.isDirectory(jar) ? "torchtrek-classes-" + i + ".jar" : jar.getFileName().toString();
                add(out, "torchtrek/lib/" + name, Files.isDirectory(jar) ? packed(jar) : Files.readAllBytes(jar), 0644);
            }
            for (String part : COURSE_PARTS) {
                Path p = course.resolve(part);
                if (!Files.exists(p)) continue;
                for (Path f : files(p)) add(out, "torchtrek/course/" + course.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f), 0644);
            }
        }
    }

    /** TorchTrek's jars as installed ({@code torchtrek.jar} and the {@code lib/} beside it), else where each needed class was loaded from. */
    public static List<Path> installedJars(Class<?>... needed) {
        Path self = torchtrek.grading.sandbox.ClassPaths.locate(GradescopeZip.class);
        Path lib = self.getParent() == null ? null : self.getParent().resolve("lib");
        List<Path> jars = new ArrayList<>();
        if (Files.isRegularFile(self) && lib != null && Files.isDirectory(lib)) {
            jars.add(self);
            try (Stream<Path> all = Files.list(lib)) {
                all.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return jars;
        }
        for (Class<?> c : needed) {
            Path p = torchtrek.grading.sandbox.ClassPaths.locate(c);
            if (!jars.contains(p)) jars.add(p);
        }
        return jars;
    }

    private static List<Path> files(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = GradescopeZip.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IOException("missing resource " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void add(ZipArchiveOutputStream out, String name, String text, int mode) throws IOException {
        add(out, name, text.getBytes(StandardCharsets.UTF_8), mode);
    }

    private static void add(ZipArchiveOutputStream out, String name, byte[] data, int mode) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(0100000 | mode);
        e.setTime(315532800000L);
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
    }

    /** A classes folder (running from a build tree) as jar bytes. */
    private static byte[] packed(Path classes) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Path f : files(classes)) {
                ZipEntry e = new ZipEntry(classes.relativize(f).toString().replace('\\', '/'));
                e.setTime(315532800000L);
                jar.putNextEntry(e);
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
