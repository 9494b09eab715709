package torchtrek.backend.cuda;

import jcuda.driver.CUdeviceptr;

/** A device allocation's pointer whose raw address can be read (for cuBLAS, bound outside jcuda). */
final class DevicePointer extends CUdeviceptr {
    /** The device address, as the driver returned it. */
    long address() {
        return getNativePointer();
    }
}
