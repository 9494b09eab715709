package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Checks report files against the JSON Schemas and the JUnit XSD committed under src/main/resources. */
public final class ReportValidation {
    static final String SCHEMAS = "/torchtrek/grading/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ID_PREFIX = "https://torchtrek.dev/schema/grading/";
    /** Schemas refer to each other by their $id; those ids are served from the class path, never fetched. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:torchtrek/grading/schema/")));

    private ReportValidation() {}

    public static void assertValidJson(String schemaName, Path file) throws IOException {
        assertTrue(ReportValidation.class.getResource(SCHEMAS + schemaName) != null, "no schema " + schemaName);
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + schemaName));
        JsonNode doc = JSON.readTree(file.toFile());
        List<Error> errors = schema.validate(doc);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), file + " against " + schemaName);
    }

    public static void assertValidJunit(Path file) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(ReportValidation.class.getResource(SCHEMAS + "junit.xsd"));
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    /** Validates every report in a grading output folder; returns how many files were checked. */
    static int assertValidFolder(Path out) throws Exception {
        int n = 0;
        assertValidJson("grades.schema.json", out.resolve("grades.json"));
        assertValidJson("assignment.schema.json", out.resolve("assignment.json"));
        assertValidJunit(out.resolve("junit.xml"));
        n += 3;
        for (String[] dir : new String[][] {{"gradescope", "gradescope-results.schema.json"},
            {"prairielearn", "prairielearn-results.schema.json"}}) {
            try (Stream<Path> files = Files.list(out.resolve(dir[0]))) {
                for (Path f : files.toList()) {
                    assertValidJson(dir[1], f);
                    assertTrue(Files.size(f) < 1_000_000, f + " is over 1 MB");
                    n++;
                }
            }
        }
        try (Stream<Path> files = Files.walk(out.resolve("results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertValidJson("result.schema.json", f);
                n++;
            }
        }
        return n;
    }
}
