package torchtrek.numpy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import torchtrek.Tensor;
import torchtrek.errors.KeyError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;

/**
 * An {@code .npz} archive (NumPy's {@code NpzFile}): a zip of {@code .npy} members, read one
 * array at a time when asked for. Close it when done ({@code try (var data = np.load(...))}).
 */
public final class NpzArchive implements AutoCloseable {
    private final ZipFile zip;
    private final String file;
    private final List<String> members;

    private NpzArchive(ZipFile zip, String file) {
        this.zip = zip;
        this.file = file;
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) names.add(e.nextElement().getName());
        this.members = Collections.unmodifiableList(names);
    }

    static NpzArchive open(Path path, String file) {
        try {
            return new NpzArchive(new ZipFile(path.toFile()), file);
        } catch (ZipException e) {
            throw new ValueError("File is not a zip file: " + PyRepr.string(file));
        } catch (IOException e) {
            throw NpyFiles.ioError(e, file);
        }
    }

    /** {@code data.files}: member names, without their ".npy". */
    public List<String> files() {
        List<String> out = new ArrayList<>();
        for (String m : members) out.add(m.endsWith(".npy") ? m.substring(0, m.length() - 4) : m);
        return out;
    }

    /** {@code data[key]}: the array stored under {@code key} (with or without ".npy"), read now. */
    public Tensor get(String key) {
        String member = members.contains(key) ? key : members.contains(key + ".npy") ? key + ".npy" : null;
        if (member == null) throw new KeyError(PyRepr.string(key + " is not a file in the archive"));
        ZipEntry entry = zip.getEntry(member);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] magic = new byte[NpyHeader.MAGIC_PREFIX.length];
            int got = in.readNBytes(magic, 0, magic.length);
            if (got < magic.length || !Arrays.equals(magic, NpyHeader.MAGIC_PREFIX)) {
                throw new TypeError(PyRepr.string(key) + " in " + file + " is not an .npy array (NumPy would return its raw bytes)");
            }
            ByteSource rest = ByteSource.of(new SequenceInputStream(new ByteArrayInputStream(magic), in),
                entry.getSize());
            NpyHeader h = NpyHeader.read(rest);
            NpyFiles.checkReadable(h, false);
            return NpyData.copy(rest, h);
        } catch (IOException e) {
            throw NpyFiles.ioError(e, file);
        } catch (UncheckedIOException e) {
            throw NpyFiles.ioError(e.getCause(), file);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw NpyFiles.ioError(e, file);
        }
    }

    @Override
    public String toString() {
        return "<numpy.lib.npyio.NpzFile object at 0x7f" + String.format("%010x", System.identityHashCode(this) & 0xFFFFFFFFL) + ">";
    }

    /**
     * {@code np.savez} / {@code np.savez_compressed}: each array as {@code name.npy} in a zip
     * ({@code arr_0}, {@code arr_1}... for unnamed ones); ".npz" is appended to a name without it.
     */
    public static String save(String file, Map<String, Tensor> arrays, Map<String, NumpyDType> dtypes, boolean compress) {
        String name = file.endsWith(".npz") ? file : file + ".npz";
        try (OutputStream os = Files.newOutputStream(Path.of(name)); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, Tensor> e : new LinkedHashMap<>(arrays).entrySet()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                NpyFiles.write(e.getValue(), dtypes.get(e.getKey()), (b, n) -> bytes.write(b, 0, n));
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                if (!compress) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes.toByteArray());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.size());
                    entry.setCompressedSize(bytes.size());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                bytes.writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw NpyFiles.ioError(e, name);
        }
        return name;
    }
}
