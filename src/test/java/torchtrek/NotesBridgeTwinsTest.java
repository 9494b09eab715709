package torchtrek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.out;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The NumPy-bridge cells of the course notes (../shared/notes/), each as its Java twin, with the
 * output the note prints. The expected texts are copied from the notes themselves.
 */
class NotesBridgeTwinsTest {
    /** Note 001, "From a NumPy array": np.array(data) and torch.from_numpy. */
    @Test
    void note001TensorFromNumpyArray() {
        List<List<Integer>> data = List.of(List.of(1, 2), List.of(3, 4));
        np.ndarray npArray = np.array(data);
        Tensor xNp = torch.from_numpy(npArray);
        assertEquals("tensor([[1, 2],\n        [3, 4]])", xNp.toString());
    }

    /** Note 001, "Converting a Torch tensor to NumPy array": ones(4), numpy(), add_(1). */
    @Test
    void note001TensorToNumpyAndAddInPlace() {
        Tensor x = torch.ones(4);
        assertEquals("tensor([1., 1., 1., 1.])", x.toString());
        np.ndarray y = x.numpy();
        assertEquals("[1. 1. 1. 1.]", y.toString());
        x.add_(1);
        assertEquals("tensor([2., 2., 2., 2.])", x.toString());
        assertEquals("[2. 2. 2. 2.]", y.toString());
    }

    /** Note 001, "Converting NumPy array to Torch tensor": np.add(f, 1, out=f). */
    @Test
    void note001NumpyAddOutIsSeenByTheTensor() {
        np.ndarray f = np.ones(4);
        Tensor g = torch.from_numpy(f);
        np.add(f, 1, out(f));
        assertEquals("[2. 2. 2. 2.]", f.toString());
        assertEquals("tensor([2., 2., 2., 2.], dtype=torch.float64)", g.toString());
    }

    /** Note 002, "Converting a Torch Tensor to a NumPy Array": ones(5). */
    @Test
    void note002TensorToNumpy() {
        Tensor a = torch.ones(5);
        assertEquals("tensor([1., 1., 1., 1., 1.])", a.toString());
        np.ndarray b = a.numpy();
        assertEquals("[1. 1. 1. 1. 1.]", b.toString());
        a.add_(1);
        assertEquals("tensor([2., 2., 2., 2., 2.])", a.toString());
        assertEquals("[2. 2. 2. 2. 2.]", b.toString());
    }

    /** Note 002, "Converting NumPy Array to Torch Tensor": np.ones(5), np.add(a, 1, out=a). */
    @Test
    void note002NumpyToTensor() {
        np.ndarray a = np.ones(5);
        Tensor b = torch.from_numpy(a);
        np.add(a, 1, out(a));
        assertEquals("[2. 2. 2. 2. 2.]", a.toString());
        assertEquals("tensor([2., 2., 2., 2., 2.], dtype=torch.float64)", b.toString());
    }

    /** Note 003, "Let's prove they share memory!": [10, 20, 30] and np_test[0] = 99. */
    @Test
    void note003SharingDemonstration() {
        np.ndarray npTest = np.array(new long[] {10, 20, 30});
        Tensor torchTest = torch.from_numpy(npTest);
        assertEquals("Original NumPy: [10 20 30]", "Original NumPy: " + npTest);
        assertEquals("Original PyTorch: tensor([10, 20, 30])", "Original PyTorch: " + torchTest);
        npTest.set("0", 99);
        assertEquals("NEW NumPy: [99 20 30]", "NEW NumPy: " + npTest);
        assertEquals("NEW PyTorch (changed automatically!): tensor([99, 20, 30])",
            "NEW PyTorch (changed automatically!): " + torchTest);
        assertTrue(np.shares_memory(npTest, torchTest.numpy()));
        assertFalse(np.shares_memory(npTest, torch.tensor(npTest).numpy()));
    }

    /** Practice question P35 (note 003): set the array's 10 to 100, print the tensor. */
    @Test
    void practiceP35() {
        np.ndarray a = np.array(new long[] {10, 20, 30});
        Tensor t = torch.from_numpy(a);
        a.set("0", 100);
        assertEquals("tensor([100,  20,  30])", t.toString());
    }
}
