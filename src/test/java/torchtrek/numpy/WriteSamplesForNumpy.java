package torchtrek.numpy;

import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.mmap_mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import torchtrek.np;
import torchtrek.torch;

/**
 * Writes .npy and .npz files with TorchTrek, and a manifest of what each holds as TorchTrek
 * prints it, for scripts/golden/numpy/generate.py to load with real NumPy and compare: the
 * check that NumPy reads TorchTrek's files. Usage: {@code WriteSamplesForNumpy DIR}.
 */
public final class WriteSamplesForNumpy {
    private WriteSamplesForNumpy() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<String> manifest = new ArrayList<>();
        Map<String, np.ndarray> arrays = new LinkedHashMap<>();
        arrays.put("float64", np.arange(6.0).reshape(2, 3).div(7L));
        arrays.put("float32", np.array(new double[] {0.1, -2.5, 1e-7}, dtype(np.float32)));
        arrays.put("float16", np.array(new double[] {0.1, 65504, -0.0}, dtype(np.float16)));
        arrays.put("int64", np.arange(-3, 3));
        arrays.put("int32", np.array(new long[] {Integer.MAX_VALUE, Integer.MIN_VALUE}, dtype(np.int32)));
        arrays.put("int16", np.array(new long[] {-300, 300}, dtype(np.int16)));
        arrays.put("int8", np.array(new long[] {-128, 127}, dtype(np.int8)));
        arrays.put("uint8", np.array(new long[] {0, 255}, dtype(np.uint8)));
        arrays.put("bool", np.array(new boolean[][] {{true, false}, {false, true}}));
        arrays.put("scalar", np.array(2.5));
        arrays.put("empty", np.zeros(0, dtype(np.float32)));
        arrays.put("fortran", np.arange(12).reshape(3, 4).T());
        arrays.put("strided", np.arange(10.0).get("::3"));
        arrays.put("reversed", np.arange(5).get("::-1"));
        arrays.put("from-tensor", torch.arange(4.).reshape(2, 2).numpy());
        arrays.put("big-endian-copy", np.load(Fixtures.path("big-float64.npy").toString()));
        for (Map.Entry<String, np.ndarray> e : arrays.entrySet()) {
            np.save(dir.resolve(e.getKey() + ".npy").toString(), e.getValue());
            manifest.add("npy\t" + e.getKey() + ".npy\t\t" + escape(e.getValue().repr()));
        }
        Map<String, np.ndarray> named = new LinkedHashMap<>();
        named.put("weights", arrays.get("float64"));
        named.put("mask", arrays.get("bool"));
        np.savez(dir.resolve("named").toString(), named);
        np.savez_compressed(dir.resolve("compressed").toString(), arrays.get("int64"), arrays.get("float16"));
        for (String member : named.keySet()) manifest.add("npz\tnamed.npz\t" + member + "\t" + escape(named.get(member).repr()));
        manifest.add("npz\tcompressed.npz\tarr_0\t" + escape(arrays.get("int64").repr()));
        manifest.add("npz\tcompressed.npz\tarr_1\t" + escape(arrays.get("float16").repr()));
        // written through a tensor into a mapped file
        np.save(dir.resolve("mapped.npy").toString(), np.zeros(4, dtype(np.float32)));
        torch.from_numpy(np.load(dir.resolve("mapped.npy").toString(), mmap_mode("r+"))).add_(torch.arange(4.));
        manifest.add("npy\tmapped.npy\t\t" + escape(np.load(dir.resolve("mapped.npy").toString()).repr()));
        Files.write(dir.resolve("manifest.tsv"), manifest);
    }

    private static String escape(String repr) {
        return repr.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
