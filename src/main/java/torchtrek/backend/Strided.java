package torchtrek.backend;

import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/** What a kernel sees of a tensor: its storage and the layout that addresses it. No autograd. */
public record Strided(Storage storage, Layout layout) {
    public DType dtype() { return storage.dtype(); }

    public int numel() { return layout.numel(); }

    public int[] shape() { return layout.shape(); }
}
