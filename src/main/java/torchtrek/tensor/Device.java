package torchtrek.tensor;

import java.util.Objects;

import torchtrek.errors.RuntimeError;

/**
 * Where a tensor's memory lives: {@code cpu} or {@code cuda:N}, as {@code torch.device}.
 *
 * <p>{@link #toString()} is Python's {@code str(device)} ({@code cpu}, {@code cuda:0}) and
 * {@link #repr()} is what the REPL echoes ({@code device(type='cuda', index=0)}).
 */
public final class Device {
    public static final Device CPU = new Device("cpu", -1);

    private final String type;
    private final int index;

    private Device(String type, int index) {
        this.type = type;
        this.index = index;
    }

    /** Parses {@code "cpu"}, {@code "cuda"}, {@code "cuda:1"}. */
    public static Device parse(String spec) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        String type = colon < 0 ? s : s.substring(0, colon);
        int index = -1;
        if (colon >= 0) {
            try {
                index = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new RuntimeError("Invalid device string: '" + spec + "'");
            }
            if (index < 0) throw new RuntimeError("Device index must not be negative");
        }
        return of(type, index);
    }

    /** {@code torch.device("cuda", 0)}; index -1 means "the current device". */
    public static Device of(String type, int index) {
        switch (type) {
            case "cpu":
                if (index > 0) throw new RuntimeError("CPU device index must be -1 or zero, got " + index);
                return CPU;
            case "cuda":
                return new Device("cuda", index);
            default:
                throw new RuntimeError("Expected one of cpu, cuda device type at start of device string: " + type);
        }
    }

    public String type() { return type; }

    /** {@code device.index}: the device index, or null (Python's None) when none was given. */
    public Integer index() { return index < 0 ? null : index; }

    public boolean isCuda() { return type.equals("cuda"); }

    public boolean isCpu() { return type.equals("cpu"); }

    /** The same device with a concrete index (cuda becomes cuda:0). */
    public Device withDefaultIndex() {
        return isCuda() && index < 0 ? new Device("cuda", 0) : this;
    }

    public String repr() {
        return index < 0 ? "device(type='" + type + "')" : "device(type='" + type + "', index=" + index + ")";
    }

    @Override
    public String toString() {
        return index < 0 ? type : type + ":" + index;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Device d)) return false;
        return type.equals(d.type) && Math.max(index, 0) == Math.max(d.index, 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Math.max(index, 0));
    }
}
