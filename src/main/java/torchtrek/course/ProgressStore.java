package torchtrek.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Saves a student's {@link Progress} in {@code progress.json} so that nothing is lost to a crash,
 * a kill -9 in the middle of a write, or two REPLs open at once:
 * <ul>
 *   <li>each save writes a temporary file, forces it to disk, then renames it over the old one
 *       (a rename is atomic: readers see the old file or the new one, never half of one);</li>
 *   <li>each change is a function applied to the file's current contents, under an exclusive
 *       lock on {@code progress.lock}, so one REPL's change never overwrites another's.</li>
 * </ul>
 */
public final class ProgressStore {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();   // file locks are per process
    private final Path dir;
    private final Consumer<String> warnings;

    /** A store in {@code dir} (created when first written); {@code warnings} hears about a damaged file. */
    public ProgressStore(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    /** The store in the user's data folder ({@link DataDirs#data()}). */
    public static ProgressStore forUser(Consumer<String> warnings) {
        return new ProgressStore(DataDirs.data(), warnings);
    }

    public Path file() { return dir.resolve("progress.json"); }

    /** The saved progress (empty when there is none yet). */
    public Progress read() {
        Path f = file();
        if (!Files.isRegularFile(f)) return Progress.empty();
        try {
            Progress p = Json.read(Files.readString(f, StandardCharsets.UTF_8), Progress.class);
            return p == null ? Progress.empty() : p;
        } catch (IOException e) {
            return damaged(f, e);
        }
    }

    /** Applies {@code change} to the saved progress and saves the result, atomically; returns it. */
    public Progress update(UnaryOperator<Progress> change) {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve("progress.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                removeStaleTemporaries();
                Progress next = change.apply(read());
                write(next);
                return next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save progress in " + dir, e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private void write(Progress p) throws IOException {
        Path tmp = Files.createTempFile(dir, "progress-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(Json.write(p).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory();
    }

    /** Makes the rename itself durable; not every system can open a folder for this, which is fine. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is still atomic; only its durability across a power cut is weaker
        }
    }

    /** Temporaries of writers that were killed mid-write (writers hold the lock, so none is in use now). */
    private void removeStaleTemporaries() throws IOException {
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, "progress-*.tmp")) {
            for (Path t : tmps) Files.deleteIfExists(t);
        }
    }

    /** A file that cannot be read is kept aside (never deleted) and the student starts afresh. */
    private Progress damaged(Path f, IOException e) {
        Path aside = f.resolveSibling("progress.json.damaged-" + Instant.now().toEpochMilli());
        try {
            Files.move(f, aside);
            warnings.accept("Your progress file could not be read (" + e.getMessage().lines().findFirst().orElse("") + "); it was"
                + " kept as " + aside + " and progress starts afresh.");
        } catch (IOException moveFailed) {
            warnings.accept("Your progress file " + f + " could not be read: " + e.getMessage());
        }
        return Progress.empty();
    }
}
