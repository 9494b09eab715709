package torchtrek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.grading.GradescopeZip;

/**
 * The Gradescope autograder end to end: build the zip, unpack it into a folder laid out like
 * /autograder (source/, submission/, results/), run its run_autograder on a submission as
 * Gradescope would, and validate the results.json it writes.
 */
class GradescopeAutograderTest {
    static final Path COURSE = Path.of("").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theZipCarriesAJarForEveryRuntimeDependencyOfThePom() throws Exception {
        List<String> jars = GradescopeZip.installedJars(GradescopeCommand.RUNTIME).stream().map(p -> p.getFileName().toString()).toList();
        String pom = Files.readString(COURSE.resolve("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
            "<dependency>\\s*<groupId>[^<]+</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:(?!</dependency>).)*</dependency>",
            java.util.regex.Pattern.DOTALL).matcher(pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>")));
        int runtime = 0;
        while (m.find()) {
            if (m.group().contains("<scope>test</scope>")) continue;
            String artifact = m.group(1);
            runtime++;
            assertTrue(jars.stream().anyMatch(j -> j.startsWith(artifact + "-")), artifact + " is missing from " + jars);
        }
        assertTrue(runtime >= 8, "the pom's runtime dependencies were found: " + runtime);
    }

    @Test
    void theZipsRunAutograderGradesASubmissionIntoAValidResultsJson() throws Exception {
        Path zip = dir.resolve("autograder.zip");
        GradescopeZip.build(COURSE, GradescopeZip.installedJars(GradescopeCommand.RUNTIME), zip, "--timeout 15 --memory 256");

        Path root = dir.resolve("autograder");
        List<String> top = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                if (!e.getName().contains("/")) top.add(e.getName() + " " + Integer.toOctalString(e.getUnixMode() & 0777));
                Path target = root.resolve("source").resolve(e.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                    (e.getUnixMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        assertEquals(List.of("setup.sh 755", "run_autograder 755"), top);
        assertTrue(Files.isRegularFile(root.resolve("source/torchtrek/course/solutions/fives.jsh")));

        Path submission = Files.createDirectories(root.resolve("submission"));
        Files.copy(COURSE.resolve("solutions/fives.jsh"), submission.resolve("01-fives.jsh"));
        Files.copy(COURSE.resolve("exercises/03-sevens/wrong").resolve(firstWrong(COURSE.resolve("exercises/03-sevens/wrong"))),
            submission.resolve("03-sevens.jsh"));
        Files.createDirectories(root.resolve("results"));

        ProcessBuilder pb = new ProcessBuilder(root.resolve("source/run_autograder").toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("autograder.log").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertTrue(p.waitFor(8, TimeUnit.MINUTES), "run_autograder took too long");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("autograder.log")));

        Path results = root.resolve("results/results.json");
        torchtrek.grading.ReportValidation.assertValidJson("gradescope-results.schema.json", results);
        JsonNode r = JSON.readTree(results.toFile());
        JsonNode tests = r.get("tests");
        assertEquals("fives: t", tests.get(0).get("name").asText(), tests.toString());
        assertEquals("passed", tests.get(0).get("status").asText());
        assertEquals("failed", tests.get(2).get("status").asText(), tests.get(2).toString());
        assertEquals("nested-list: not gradable", tests.get(1).get("name").asText());
        assertEquals(1.0, r.get("score").asDouble(), r.toString());
    }

    private static String firstWrong(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
