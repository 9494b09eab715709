package torchtrek.autograd;

/**
 * Counts in-place modifications of a tensor's memory. Views of one tensor (and its
 * {@code detach()}) share a counter, so a change through any of them is seen by all; a
 * {@link SavedTensor} remembers the version it saw and refuses to be used after a change.
 */
public final class VersionCounter {
    private int version;

    public int version() { return version; }

    public void bump() { version++; }
}
