package torchtrek.numpy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.errors.FileNotFoundError;
import torchtrek.errors.IsADirectoryError;
import torchtrek.errors.OSError;
import torchtrek.errors.PermissionError;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.tensor.BufferStorage;

/**
 * {@code np.save} and {@code np.load} for {@code .npy} files, and the dispatch of
 * {@code np.load} between {@code .npy}, {@code .npz} and (refused) pickles. Loading either
 * copies the data into memory or, with {@code mmap_mode}, maps the file so that an array (and
 * any tensor made from it) shares memory with the file itself.
 */
public final class NpyFiles {
    private static final byte[] ZIP_PREFIX = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final List<String> MODES = List.of("r", "c", "r+", "w+", "readonly", "copyonwrite", "readwrite", "write");

    private NpyFiles() {}

    /** An array read by {@code np.load}: its data and its mapping (null when copied). */
    public record LoadedArray(Tensor data, MappedByteBuffer mapping) {}

    /**
     * {@code np.load(file, mmap_mode=..., allow_pickle=...)}: a {@link LoadedArray} for an
     * {@code .npy} file, an {@link NpzArchive} for a zip archive. Pickled data is never loaded:
     * TorchTrek does not run Python objects, so {@code allow_pickle} only changes the message.
     */
    public static Object load(String file, String mmapMode, boolean allowPickle) {
        Path path = Path.of(file);
        byte[] prefix;
        try (FileChannel ch = open(path, file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(NpyHeader.MAGIC_PREFIX.length);
            while (b.hasRemaining() && ch.read(b) >= 0) { /* fills the prefix or hits the end */ }
            prefix = Arrays.copyOf(b.array(), b.position());
        } catch (IOException e) {
            throw ioError(e, file);
        }
        if (startsWith(prefix, ZIP_PREFIX) || startsWith(prefix, ZIP_EMPTY)) return NpzArchive.open(path, file);
        if (!Arrays.equals(prefix, NpyHeader.MAGIC_PREFIX)) {
            if (!allowPickle) throw new ValueError("Cannot load file containing pickled data when allow_pickle=False");
            throw new ValueError("Cannot load file containing pickled data: TorchTrek never unpickles Python objects, "
                + "even with allow_pickle=True");
        }
        return mmapMode == null ? copy(path, file) : map(path, file, mmapMode);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }

    private static LoadedArray copy(Path path, String file) {
        try (FileChannel ch = open(path, file, StandardOpenOption.READ)) {
            ByteSource in = ByteSource.of(ch);
            NpyHeader h = NpyHeader.read(in);
            checkReadable(h, false);
            return new LoadedArray(NpyData.copy(in, h), null);
        } catch (IOException e) {
            throw ioError(e, file);
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause(), file);
        } catch (InternalError e) {
            // a mapped read of a file that another program cut short meanwhile
            throw new OSError("[Errno 5] Input/output error: " + PyRepr.string(file) + " changed while it was read", e);
        }
    }

    /** Object arrays mean pickles (refused, as with NumPy's allow_pickle=False); other dtypes NumPy has and tensors lack are named. */
    static void checkReadable(NpyHeader h, boolean mapping) {
        NpyDescr d = h.descr();
        if (d.hasObject()) throw new ValueError(mapping ? "Array can't be memory-mapped: Python objects in dtype."
            : "Object arrays cannot be loaded when allow_pickle=False");
        if (d.dtype() == null) throw new TypeError("TorchTrek's np has the dtypes tensors have (bool, uint8, int8, int16, "
            + "int32, int64, float16, float32, float64); this file holds " + d.unsupported());
    }

    private static LoadedArray map(Path path, String file, String mode) {
        if (!MODES.contains(mode)) throw new ValueError("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', "
            + "'copyonwrite', 'readwrite', 'write'] (got " + PyRepr.string(mode) + ")");
        if (mode.contains("w")) throw new ValueError("mmap_mode " + PyRepr.string(mode) + " would create a new file over "
            + file + ": np.load only maps existing files (use 'r+' to write through to this one)");
        boolean readOnly = mode.equals("r") || mode.equals("readonly");
        boolean copyOnWrite = mode.equals("c") || mode.equals("copyonwrite");
        // Java maps copy-on-write only through a channel open for writing, though it never writes
        StandardOpenOption[] options = readOnly
            ? new StandardOpenOption[] {StandardOpenOption.READ}
            : new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE};
        try (FileChannel ch = open(path, file, options)) {
            ByteSource in = ByteSource.of(ch);
            NpyHeader h = NpyHeader.read(in);
            checkReadable(h, true);
            long offset = in.position();
            BigInteger bytes = NpyData.count(h).multiply(BigInteger.valueOf(h.descr().dtype().itemsize()));
            // NumPy would grow the file in mode r+; a header must not be able to do that
            if (bytes.add(BigInteger.valueOf(offset)).compareTo(BigInteger.valueOf(ch.size())) > 0) {
                throw new ValueError("mmap length is greater than file size");
            }
            if (bytes.bitLength() > 31) throw new RuntimeError("cannot map " + bytes + " bytes of " + file
                + ": TorchTrek maps at most 2 GiB of array data (load it without mmap_mode instead)");
            int[] dims = NpyData.dims(h);
            FileChannel.MapMode mapMode = readOnly ? FileChannel.MapMode.READ_ONLY
                : copyOnWrite ? FileChannel.MapMode.PRIVATE : FileChannel.MapMode.READ_WRITE;
            MappedByteBuffer buffer = ch.map(mapMode, offset, bytes.longValueExact());
            NumpyDType dtype = h.descr().dtype();
            buffer.order(dtype.byteOrder());
            BufferStorage storage = new BufferStorage(dtype.type(), buffer);
            return new LoadedArray(new Tensor(storage, NpyData.layout(dims, h.fortranOrder())), buffer);
        } catch (IOException e) {
            throw ioError(e, file);
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause(), file);
        }
    }

    /** {@code np.save(file, a)}: NumPy's bytes exactly; ".npy" is appended to a name without it. Returns the path written. */
    public static String save(String file, Tensor data, NumpyDType dtype) {
        String name = file.endsWith(".npy") ? file : file + ".npy";
        try (FileChannel ch = open(Path.of(name), name, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(data, dtype, (bytes, length) -> {
                try {
                    ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
                    while (b.hasRemaining()) ch.write(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw ioError(e, name);
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause(), name);
        }
        return name;
    }

    /** Header and data of one array, C order unless the array is Fortran- but not C-contiguous (as NumPy decides). */
    static void write(Tensor data, NumpyDType dtype, NpyData.ByteSink out) {
        boolean fortran = !Contiguity.isC(data.layout()) && Contiguity.isF(data.layout());
        byte[] header = NpyHeader.encode(dtype, fortran, data.layout().shape());
        out.write(header, header.length);
        NpyData.encode(data, dtype, fortran, out);
    }

    static FileChannel open(Path path, String file, StandardOpenOption... options) throws IOException {
        if (Files.isDirectory(path)) throw new IsADirectoryError(PyRepr.string(file), null);
        return FileChannel.open(path, options);
    }

    /** Python's OSError subclasses for what went wrong with a file. */
    static RuntimeException ioError(IOException e, String file) {
        String name = PyRepr.string(file);
        if (e instanceof NoSuchFileException) return new FileNotFoundError(name, e);
        if (e instanceof AccessDeniedException) return new PermissionError(name, e);
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        return new OSError(reason + ": " + name, e);
    }
}
