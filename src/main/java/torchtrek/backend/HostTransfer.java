package torchtrek.backend;

/**
 * A device backend that can copy between its memory and the host's: exactly one of
 * {@code src} and {@code dst} is on the CPU. Dtypes may differ (the copy converts).
 */
public interface HostTransfer {
    void transfer(Strided src, Strided dst);
}
