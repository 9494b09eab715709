package torchtrek.backend.cuda;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

import torchtrek.errors.RuntimeError;

/**
 * NVRTC, CUDA's run-time compiler (CUDA C source to PTX), bound through JNA so that the
 * installed major version (12 or 13) is used: its C API is the same in both.
 */
final class Nvrtc {
    /** The part of {@code nvrtc.h} TorchTrek calls; unchanged between CUDA 12 and 13. */
    interface Api extends Library {
        int nvrtcVersion(IntByReference major, IntByReference minor);

        int nvrtcGetNumSupportedArchs(IntByReference count);

        int nvrtcGetSupportedArchs(int[] archs);

        int nvrtcCreateProgram(PointerByReference prog, String src, String name, int numHeaders, String[] headers,
                               String[] includeNames);

        int nvrtcCompileProgram(Pointer prog, int numOptions, String[] options);

        int nvrtcGetPTXSize(Pointer prog, LongByReference size);

        int nvrtcGetPTX(Pointer prog, byte[] ptx);

        int nvrtcGetProgramLogSize(Pointer prog, LongByReference size);

        int nvrtcGetProgramLog(Pointer prog, byte[] log);

        int nvrtcDestroyProgram(PointerByReference prog);

        String nvrtcGetErrorString(int result);
    }

    private final Api api;
    private final int major;
    private final int minor;
    private final int[] archs;

    Nvrtc(String library) {
        this.api = Native.load(library, Api.class);
        IntByReference ma = new IntByReference(), mi = new IntByReference();
        check(api.nvrtcVersion(ma, mi), "nvrtcVersion");
        this.major = ma.getValue();
        this.minor = mi.getValue();
        IntByReference n = new IntByReference();
        check(api.nvrtcGetNumSupportedArchs(n), "nvrtcGetNumSupportedArchs");
        this.archs = new int[n.getValue()];
        check(api.nvrtcGetSupportedArchs(archs), "nvrtcGetSupportedArchs");
    }

    /** "13.0". */
    String version() { return major + "." + minor; }

    /**
     * The virtual architecture to compile for: the device's own when NVRTC knows it, else the
     * newest NVRTC knows below it (the driver then compiles that PTX for the device).
     */
    int archFor(int deviceArch) {
        int best = -1;
        for (int a : archs) if (a <= deviceArch && a > best) best = a;
        if (best < 0) throw new RuntimeError("CUDA error: NVRTC " + version() + " cannot compile for this GPU (compute capability "
            + deviceArch / 10 + "." + deviceArch % 10 + "; it supports " + java.util.Arrays.toString(archs) + ")");
        return best;
    }

    /** PTX text for {@code source}, or a RuntimeError carrying the compiler's log. */
    String compile(String source, String name, String[] options) {
        PointerByReference ref = new PointerByReference();
        check(api.nvrtcCreateProgram(ref, source, name, 0, null, null), "nvrtcCreateProgram");
        Pointer prog = ref.getValue();
        try {
            int status = api.nvrtcCompileProgram(prog, options.length, options);
            if (status != 0) throw new RuntimeError("CUDA error: NVRTC could not compile the kernel " + name + " ("
                + api.nvrtcGetErrorString(status) + "):\n" + log(prog));
            LongByReference size = new LongByReference();
            check(api.nvrtcGetPTXSize(prog, size), "nvrtcGetPTXSize");
            byte[] ptx = new byte[(int) size.getValue()];
            check(api.nvrtcGetPTX(prog, ptx), "nvrtcGetPTX");
            return CudaProbe.cString(ptx);
        } finally {
            api.nvrtcDestroyProgram(ref);
        }
    }

    private String log(Pointer prog) {
        LongByReference size = new LongByReference();
        if (api.nvrtcGetProgramLogSize(prog, size) != 0) return "(no log)";
        byte[] log = new byte[(int) size.getValue()];
        if (api.nvrtcGetProgramLog(prog, log) != 0) return "(no log)";
        return CudaProbe.cString(log);
    }

    private void check(int status, String call) {
        if (status != 0) throw new RuntimeError("CUDA error: " + call + " failed: " + api.nvrtcGetErrorString(status));
    }
}
