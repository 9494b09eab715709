package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.requires_grad;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.torch;

/** The text and Graphviz renderings of the tape behind a tensor. */
class GraphViewTest {
    private final Tensor a = torch.tensor(new double[] {1, 2}, requires_grad(true));
    private final Tensor b = torch.tensor(new double[] {3, 4}, requires_grad(true));

    @Test
    void aSharedLeafIsNumberedOnceAndReferredToAfter() {
        Tensor out = a.mul(b).add(a).sum();
        assertEquals("tensor [] float32, grad_fn=<SumBackward0>\n"
            + "#1 SumBackward0\n"
            + "└─ #2 AddBackward0\n"
            + "   ├─ #3 MulBackward0  saved: input [2] float32, input [2] float32\n"
            + "   │  ├─ #4 AccumulateGrad  leaf [2] float32\n"
            + "   │  └─ #5 AccumulateGrad  leaf [2] float32\n"
            + "   └─ #4 AccumulateGrad  (shown above)\n"
            + "5 nodes, 2 leaves", torch.autograd.graph(out).toString());
    }

    @Test
    void leavesAndTheRootCanBeNamed() {
        Tensor y = a.mul(2).add(b);
        Map<Tensor, String> names = new IdentityHashMap<>();
        names.put(a, "a");
        names.put(b, "b");
        names.put(y, "y");
        assertEquals("y: tensor [2] float32, grad_fn=<AddBackward0>\n"
            + "#1 AddBackward0\n"
            + "├─ #2 MulBackward0  saved: number 2\n"
            + "│  ├─ #3 AccumulateGrad  leaf a [2] float32\n"
            + "│  └─ None  (no gradient needed)\n"
            + "└─ #4 AccumulateGrad  leaf b [2] float32\n"
            + "4 nodes, 2 leaves", GraphView.of(y, names).text());
    }

    @Test
    void savedTensorsAreMarkedFreedAfterBackward() {
        Tensor out = a.exp().sum();
        assertTrue(torch.autograd.graph(out).text().contains("ExpBackward0  saved: result [2] float32\n"));
        out.backward();
        assertTrue(torch.autograd.graph(out).text().contains("ExpBackward0  saved: result [2] float32 (freed)\n"));
    }

    @Test
    void inputNumbersShowWhereANodeTakesSeveralGradients() {
        List<Tensor> parts = a.mul(1).split(1);
        String text = torch.autograd.graph(parts.get(1).add(parts.get(0))).text();
        assertTrue(text.contains("├─ (input 1) #2 SplitBackward0\n"), text);
        assertTrue(text.contains("└─ (input 0) #2 SplitBackward0  (shown above)\n"), text);
    }

    @Test
    void anInPlaceChangeOfAViewShowsCopySlices() {
        Tensor y = a.mul(1);
        y.get(0).mul_(3);
        String text = torch.autograd.graph(y).text();
        assertTrue(text.contains("#1 CopySlices  in-place MulBackward0 on a view; saved: number 3\n"), text);
    }

    @Test
    void tensorsWithoutAGraphSayWhy() {
        assertEquals("tensor [2] float32, a leaf that requires grad: no graph behind it (backward fills its .grad)",
            torch.autograd.graph(a).text());
        assertEquals("tensor [2, 3] float32, does not require grad: nothing was recorded",
            torch.autograd.graph(torch.ones(2, 3)).text());
    }

    @Test
    void aNodeCanBeRenderedOnItsOwn() {
        Tensor y = a.sin();
        assertEquals("#1 SinBackward0  saved: input [2] float32\n"
            + "└─ #2 AccumulateGrad  leaf [2] float32\n"
            + "2 nodes, 1 leaf", torch.autograd.graph(y.grad_fn()).text());
    }

    @Test
    void graphvizExportHasEveryNodeAndEdge() {
        List<Tensor> parts = a.mul(b).split(1);
        Tensor out = parts.get(1).mul(parts.get(0)).sum();
        String dot = torch.autograd.graph(out).dot();
        assertTrue(dot.startsWith("digraph autograd {\n"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
        assertTrue(dot.contains("    tensor -> n1;\n"), dot);
        assertTrue(dot.contains("    n1 [label=\"SumBackward0\"];\n"), dot);
        assertTrue(dot.contains("    n4 [label=\"MulBackward0\\nsaved: input [2] float32, input [2] float32\"];\n"), dot);
        assertTrue(dot.contains("    n5 [label=\"AccumulateGrad\\nleaf [2] float32\", shape=ellipse"), dot);
        assertTrue(dot.contains("    n2 -> n3 [label=\"input 1\"];\n"), dot);
        assertTrue(dot.contains("    n2 -> n3 [label=\"input 0\"];\n"), dot);
        long edges = dot.lines().filter(l -> l.contains(" -> ")).count();
        assertEquals(1 + 1 + 2 + 1 + 2, edges);
    }
}
