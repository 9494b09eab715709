package torchtrek;

/** What {@code register_hook} returns: {@code handle.remove()} unregisters the hook. */
public final class RemovableHandle {
    private final Runnable remover;

    RemovableHandle(Runnable remover) {
        this.remover = remover;
    }

    public void remove() {
        remover.run();
    }

    @Override
    public String toString() {
        return "<torch.utils.hooks.RemovableHandle object>";
    }
}
