package torchtrek.course;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What one of a student's variables (or a check's expression) held after their code ran, as
 * plain data: no tensors, no JShell. This is what crosses from the process that ran the code to
 * the one that checks it, so a grader can run untrusted code elsewhere and compare here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Value.TensorValue.class, name = "tensor"),
    @JsonSubTypes.Type(value = Value.NumberValue.class, name = "number"),
    @JsonSubTypes.Type(value = Value.BoolValue.class, name = "bool"),
    @JsonSubTypes.Type(value = Value.TextValue.class, name = "text"),
    @JsonSubTypes.Type(value = Value.ListValue.class, name = "list"),
    @JsonSubTypes.Type(value = Value.NoneValue.class, name = "none"),
    @JsonSubTypes.Type(value = Value.OtherValue.class, name = "other"),
    @JsonSubTypes.Type(value = Value.Unreadable.class, name = "unreadable")})
public sealed interface Value {

    /** How a beginner would name what this is: "a tensor", "a double (5.0)". */
    String describe();

    /** The value as Python (PyTorch, NumPy) would show it. */
    String repr();

    /**
     * A tensor or a NumPy array. {@code data} holds every element (row-major, widened to double)
     * unless the tensor is too large to carry, then only {@code stats}. {@code memory} numbers the
     * distinct memory blocks of one run, so two values share memory exactly when it is equal.
     */
    record TensorValue(boolean ndarray, long[] shape, String dtype, String device, boolean requiresGrad,
                       boolean isLeaf, String gradFn, double[] data, Stats stats, TensorValue grad,
                       int memory, String repr) implements Value {
        @JsonIgnore
        public long numel() {
            long n = 1;
            for (long d : shape) n *= d;
            return n;
        }

        @JsonIgnore
        public boolean isFloating() {
            return dtype.contains("float") || dtype.contains("half") || dtype.contains("double");
        }

        @Override
        public String describe() { return ndarray ? "a NumPy array" : "a tensor"; }
    }

    /** Summary numbers of a tensor's elements (what is compared when the elements are too many to carry). */
    record Stats(double min, double max, double mean, double sum, int nans) {}

    /** A Java number; {@code javaType} is int, long, float or double. */
    record NumberValue(double value, String javaType) implements Value {
        public boolean integral() { return javaType.equals("int") || javaType.equals("long") || javaType.equals("short")
            || javaType.equals("byte"); }

        @Override
        public String describe() { return "a" + (javaType.equals("int") ? "n" : "") + " " + javaType + " (" + repr() + ")"; }

        @Override
        public String repr() { return integral() ? Long.toString((long) value) : Double.toString(value); }
    }

    record BoolValue(boolean value) implements Value {
        @Override
        public String describe() { return "a boolean (" + value + ")"; }

        @Override
        public String repr() { return value ? "True" : "False"; }
    }

    record TextValue(String value) implements Value {
        @Override
        public String describe() { return "a String (\"" + value + "\")"; }

        @Override
        public String repr() { return "'" + value + "'"; }
    }

    /** A list, tuple or {@code torch.Size}; {@code repr} is how it prints. */
    record ListValue(List<Value> items, String repr) implements Value {
        @Override
        public String describe() { return "a list of " + items.size(); }
    }

    /** Java's null (Python's None), e.g. the {@code grad()} of a tensor that never had one. */
    record NoneValue() implements Value {
        @Override
        public String describe() { return "null"; }

        @Override
        public String repr() { return "None"; }
    }

    /** Anything else (a dtype, a device, a generator...): compared by how it prints. */
    record OtherValue(String javaType, String repr) implements Value {
        @Override
        public String describe() { return "a " + javaType + " (" + repr + ")"; }
    }

    /**
     * The expression could not be read: {@code undefined} when the student's code never defined
     * the variable, otherwise the error (a compile error or an exception) it raised.
     */
    record Unreadable(boolean undefined, String error) implements Value {
        @Override
        public String describe() { return undefined ? "undefined" : "an error (" + error + ")"; }

        @Override
        public String repr() { return describe(); }
    }
}
