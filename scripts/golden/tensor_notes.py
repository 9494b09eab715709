#!/usr/bin/python3
"""The tensor code cells of the course notes (../shared/notes: creation, attributes, operations,
indexing, view/reshape/flatten, the perceptron shapes) run in real PyTorch, for NotesTensorsTest,
whose Java twins must print the same. Writes src/test/resources/golden/tensor_notes/<cell>.txt.

Where a note shows a cell's output, that output is the golden file, and this script checks that
PyTorch reproduces it: exactly for deterministic cells; for cells that print random (or
uninitialised) values, up to those values (MASKS: each number and the spaces that pad it become
'#'), so shape, dtype, layout and suffixes are still checked. Where a note shows no output
(note 003), the golden file is PyTorch's own output. A notebook cell's displayed last value is
written as print(repr(...)). NumPy-bridge and autograd cells have their own twins
(NotesBridgeTwinsTest, NotesAutogradTest).

Run through scripts/golden/generate (Debian's /usr/bin/python3 has torch).
"""
import contextlib
import io
import pathlib
import re

import torch

OUT = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/golden/tensor_notes"

# What a random cell may differ in: floats (rand, randn, empty), or any number (randint); with
# the spaces before them, which pad columns to the widest value.
MASKS = {"floats": r" *-?\d+\.\d*(?:e[+-]\d+)?", "numbers": r" *-?\d+(?:\.\d*)?(?:e[+-]\d+)?"}


def masked(text, mask):
    """The text with the values a random cell may change replaced by '#'; NotesTensorsTest does the same."""
    return re.sub(MASKS[mask], "#", text)


# (cell name, code as in the note, the output the note shows or None, None or the MASKS key)
CELLS = [
    ("note001_from_data", """
data = [[1, 2],[3, 4]]
x_data = torch.tensor(data)
print(repr(x_data))
""", """tensor([[1, 2],
        [3, 4]])
""", None),
    ("note001_from_another_tensor", """
x_ones = torch.ones_like(x_data) # retains the properties of x_data
print(f"Ones Tensor: \\n {x_ones} \\n")

x_rand = torch.rand_like(x_data, dtype=torch.float) # overrides the datatype of x_data
print(f"Random Tensor: \\n {x_rand} \\n")
""", """Ones Tensor: 
 tensor([[1, 1],
        [1, 1]]) 

Random Tensor: 
 tensor([[0.9169, 0.5625],
        [0.0861, 0.5702]]) 

""", "floats"),
    ("note001_random_or_constant", """
shape = (2,3,)
rand_tensor = torch.rand(shape)
ones_tensor = torch.ones(shape)
zeros_tensor = torch.zeros(shape)

print(f"Random Tensor: \\n {rand_tensor} \\n")
print(f"Ones Tensor: \\n {ones_tensor} \\n")
print(f"Zeros Tensor: \\n {zeros_tensor}")
""", """Random Tensor: 
 tensor([[0.3702, 0.5540, 0.4668],
        [0.9475, 0.5353, 0.7006]]) 

Ones Tensor: 
 tensor([[1., 1., 1.],
        [1., 1., 1.]]) 

Zeros Tensor: 
 tensor([[0., 0., 0.],
        [0., 0., 0.]])
""", "floats"),
    ("note001_tensor_1d", """
tensor_1d = torch.tensor([1.0, 2.0, 3.0])
print("1D Tensor:", tensor_1d)
""", """1D Tensor: tensor([1., 2., 3.])
""", None),
    ("note001_tensor_2d", """
tensor_2d = torch.tensor([[1.0, 2.0, 3.0],
                            [4.0, 5.0, 6.0]])
print("\\n2D Tensor:\\n", tensor_2d)
""", """
2D Tensor:
 tensor([[1., 2., 3.],
        [4., 5., 6.]])
""", None),
    ("note001_tensor_3d", """
tensor_3d = torch.randn(2, 3, 4)  # random numbers from a normal distribution
print("\\n3D Tensor:\\n", tensor_3d)
""", """
3D Tensor:
 tensor([[[ 0.5809,  0.7947,  2.2037, -1.7549],
         [-1.2282, -0.2222,  0.3969, -0.0517],
         [ 0.0241,  0.3391, -1.4028, -1.4311]],

        [[ 1.6425,  1.1303,  1.0618,  0.2898],
         [ 0.2379, -0.4366, -0.3007, -1.3163],
         [-0.1011, -0.1400, -0.6425, -1.8458]]])
""", "floats"),
    ("note001_empty", """
a = torch.empty(6,3)
print(a)
""", """tensor([[-2.3269e-02,  4.3098e-41, -2.3269e-02],
        [ 4.3098e-41,  4.4842e-44,  0.0000e+00],
        [ 8.9683e-44,  0.0000e+00,  5.2973e-34],
        [ 0.0000e+00,  0.0000e+00,  0.0000e+00],
        [ 1.5695e-43,  0.0000e+00,  8.9683e-44],
        [ 0.0000e+00,  5.2976e-34,  0.0000e+00]])
""", "floats"),
    ("note001_rand", """
a = torch.rand(4,3)
print(a)
""", """tensor([[0.7956, 0.4431, 0.9687],
        [0.4870, 0.0318, 0.1460],
        [0.4865, 0.5054, 0.7244],
        [0.2810, 0.0887, 0.3486]])
""", "floats"),
    ("note001_zeros_long", """
a = torch.zeros(4,3, dtype=torch.long)
print(a)
""", """tensor([[0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0]])
""", None),
    ("note001_new_ones", """
a = torch.tensor([7.8, 5])
a = a.new_ones(6,5, dtype=torch.double)    # new methods take in sizes
print(a)
""", """tensor([[1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1.]], dtype=torch.float64)
""", None),
    ("note001_randn_like", """
a = torch.randn_like(a, dtype=torch.float)  # override dtype
print(a)                                    # result will be the same size
""", """tensor([[-1.1253, -1.6310, -1.5303, -2.2885,  0.3037],
        [ 1.1000,  0.8689, -0.3259, -0.0997,  0.6859],
        [ 0.4407,  1.3825, -0.0378, -0.4161, -0.3931],
        [-0.2030, -0.8292,  0.6071, -2.3429,  1.5022],
        [-0.0529,  0.3151,  1.0868, -0.5790,  0.0233],
        [-0.8545,  0.3893, -0.2799,  0.8890,  0.4490]])
""", "floats"),
    ("note001_size", """
print(a.size())
""", """torch.Size([6, 5])
""", None),
    ("note001_attributes", """
tensor = torch.rand(3,4)

print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
""", """Shape of tensor: torch.Size([3, 4])
Datatype of tensor: torch.float32
Device tensor is stored on: cpu
""", None),
    ("note001_addition", """
b = torch.rand(6,5)
print(a + b)
print(torch.add(a,b))
result = torch.empty(6, 5)
torch.add(a, b, out=result)
print(result)
# adds a to b
b.add_(a)
print(b)
""", """tensor([[-0.9014, -1.1094, -1.4968, -1.7054,  0.7191],
        [ 1.7385,  1.6336, -0.3041, -0.0910,  0.9552],
        [ 0.4912,  1.5289,  0.5098, -0.1031,  0.5646],
        [ 0.2225, -0.1237,  1.4326, -1.6106,  2.1531],
        [ 0.4764,  0.7488,  1.7340, -0.4951,  0.8451],
        [-0.3344,  0.6405,  0.7127,  1.6160,  1.1687]])
tensor([[-0.9014, -1.1094, -1.4968, -1.7054,  0.7191],
        [ 1.7385,  1.6336, -0.3041, -0.0910,  0.9552],
        [ 0.4912,  1.5289,  0.5098, -0.1031,  0.5646],
        [ 0.2225, -0.1237,  1.4326, -1.6106,  2.1531],
        [ 0.4764,  0.7488,  1.7340, -0.4951,  0.8451],
        [-0.3344,  0.6405,  0.7127,  1.6160,  1.1687]])
tensor([[-0.9014, -1.1094, -1.4968, -1.7054,  0.7191],
        [ 1.7385,  1.6336, -0.3041, -0.0910,  0.9552],
        [ 0.4912,  1.5289,  0.5098, -0.1031,  0.5646],
        [ 0.2225, -0.1237,  1.4326, -1.6106,  2.1531],
        [ 0.4764,  0.7488,  1.7340, -0.4951,  0.8451],
        [-0.3344,  0.6405,  0.7127,  1.6160,  1.1687]])
tensor([[-0.9014, -1.1094, -1.4968, -1.7054,  0.7191],
        [ 1.7385,  1.6336, -0.3041, -0.0910,  0.9552],
        [ 0.4912,  1.5289,  0.5098, -0.1031,  0.5646],
        [ 0.2225, -0.1237,  1.4326, -1.6106,  2.1531],
        [ 0.4764,  0.7488,  1.7340, -0.4951,  0.8451],
        [-0.3344,  0.6405,  0.7127,  1.6160,  1.1687]])
""", "floats"),
    ("note001_indexing", """
print(a[:,2])
""", """tensor([-1.5303, -0.3259, -0.0378,  0.6071,  1.0868, -0.2799])
""", "floats"),
    ("note001_view", """
a = torch.randn(2, 3)
b = a.view(6)
c = a.view(-1, 6)  # the size -1 is inferred from other dimensions
print(a)
print(b)
print(c)
print(a.size(), b.size(), c.size())
""", """tensor([[0.6051, 0.2225, 0.3018],
        [0.6804, 0.2246, 0.3197]])
tensor([0.6051, 0.2225, 0.3018, 0.6804, 0.2246, 0.3197])
tensor([[0.6051, 0.2225, 0.3018, 0.6804, 0.2246, 0.3197]])
torch.Size([2, 3]) torch.Size([6]) torch.Size([1, 6])
""", "floats"),
    ("note001_item", """
a = torch.randn(1)
print(a)
print(a.item())
""", """tensor([0.3004])
0.3004308044910431
""", "floats"),
    ("note002_empty", """
print(repr(torch.empty(5, 3)))
""", """tensor([[ 5.0375e+28,  4.5625e-41,  5.0195e+28],
        [ 4.5625e-41, -1.8338e+30,  3.0840e-41],
        [-9.9826e+08,  4.5625e-41, -1.5343e+08],
        [ 4.5625e-41, -1.0043e+09,  4.5625e-41],
        [-2.0086e+08,  4.5625e-41, -9.5843e+08]])
""", "floats"),
    ("note002_rand", """
print(repr(torch.rand(5, 3)))
""", """tensor([[0.5814, 0.0997, 0.1744],
        [0.2834, 0.9581, 0.9954],
        [0.9372, 0.4401, 0.1696],
        [0.1424, 0.5370, 0.9970],
        [0.6686, 0.5558, 0.5354]])
""", "floats"),
    ("note002_zeros_long", """
print(repr(torch.zeros(5, 3, dtype=torch.long)))
""", """tensor([[0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0]])
""", None),
    ("note002_tensor_data", """
print(repr(torch.tensor([5.5, 3])))
""", """tensor([5.5000, 3.0000])
""", None),
    # the note spells torch.doouble, an AttributeError in Python: its shown output is that of torch.double
    ("note002_new_ones", """
x = torch.zeros(5, 3, dtype=torch.double)
x = x.new_ones(5, 3, dtype=torch.double)      # new_* methods take in sizes
print(repr(x))
""", """tensor([[1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.]], dtype=torch.float64)
""", None),
    ("note002_randn_like", """
x = torch.randn_like(x, dtype=torch.float)        # override dtype, result has the same size
print(repr(x))
""", """tensor([[-0.0970,  1.1034, -1.6941],
        [-1.7651, -0.5884, -1.1931],
        [ 1.0376, -0.8236,  0.8907],
        [ 0.4683, -0.1217,  1.2467],
        [ 0.4624,  0.4772, -1.0577]])
""", "floats"),
    ("note002_size", """
print(repr(x.size()))
""", """torch.Size([5, 3])
""", None),
    ("note002_addition", """
y = torch.rand(5, 3)
print(repr(x + y))
print(repr(torch.add(x, y)))
result = torch.empty(5, 3)
torch.add(x, y, out=result)
print(repr(result))
y.add_(x)
print(repr(y))
""", """tensor([[ 0.4675,  1.7053, -1.2332],
        [-1.6031,  0.1028, -0.6090],
        [ 1.8545, -0.6408,  1.0778],
        [ 0.9508,  0.7635,  2.1345],
        [ 0.5693,  1.0205, -0.5476]])
tensor([[ 0.4675,  1.7053, -1.2332],
        [-1.6031,  0.1028, -0.6090],
        [ 1.8545, -0.6408,  1.0778],
        [ 0.9508,  0.7635,  2.1345],
        [ 0.5693,  1.0205, -0.5476]])
tensor([[ 0.4675,  1.7053, -1.2332],
        [-1.6031,  0.1028, -0.6090],
        [ 1.8545, -0.6408,  1.0778],
        [ 0.9508,  0.7635,  2.1345],
        [ 0.5693,  1.0205, -0.5476]])
tensor([[ 0.4675,  1.7053, -1.2332],
        [-1.6031,  0.1028, -0.6090],
        [ 1.8545, -0.6408,  1.0778],
        [ 0.9508,  0.7635,  2.1345],
        [ 0.5693,  1.0205, -0.5476]])
""", "floats"),
    ("note002_indexing", """
print(repr(x[:, 1]))
""", """tensor([ 1.1034, -0.5884, -0.8236, -0.1217,  0.4772])
""", "floats"),
    # the note shows the sizes as print() does (a REPL would show the tuple's repr)
    ("note002_view", """
x = torch.randn(4, 4)
y = x.view(16)
z = x.view(-1, 8)  # the size -1 is inferred from other dimensions
print(x.size(), y.size(), z.size())
""", """torch.Size([4, 4]) torch.Size([16]) torch.Size([2, 8])
""", None),
    ("note002_item", """
x = torch.randn(1)
print(repr(x))
print(repr(x.item()))
""", """tensor([0.9551])
0.9551321864128113
""", "floats"),
    ("note003_creating_tensors", """
# 1. From Python lists
t_list = [[1, 2, 3], [4, 5, 6]]
t_from_list = torch.tensor(t_list)
print(f"Tensor from list:\\n{t_from_list}")
print(f"Shape: {t_from_list.shape}") # .shape is just like NumPy
print(f"Data type: {t_from_list.dtype}") # .dtype is just like NumPy

# 2. Placeholder tensors (like np.zeros, np.ones)
t_zeros = torch.zeros((2, 3))
print(f"\\nZeros tensor:\\n{t_zeros}")

t_ones = torch.ones((3, 2), dtype=torch.float32) # We can specify the data type
print(f"\\nOnes tensor (float32):\\n{t_ones}")

# 3. Tensors with random values (like np.random.rand)
t_rand = torch.rand((2, 2)) # Uniform distribution between [0, 1)
print(f"\\nRandom tensor:\\n{t_rand}")

# 4. From ranges (like np.arange)
t_range = torch.arange(0, 10, 2) # (start, end, step)
print(f"\\nRange tensor: {t_range}")
""", None, "floats"),
    ("note003_flattening", """
# A fake batch of 10 images, 28x28 pixels
batch_of_images = torch.rand(10, 28, 28)
print(f"Original shape: {batch_of_images.shape}") # (batch_size, height, width)

# Flatten the entire tensor (not very useful)
flat_all = batch_of_images.flatten()
print(f"\\nTotally flat shape: {flat_all.shape}") # 10 * 28 * 28 = 7840

flat_correct = batch_of_images.flatten(start_dim=1)
print(f"\\nFlattened per batch item (start_dim=1): {flat_correct.shape}")

flat_view = batch_of_images.view(10, -1)
print(f"Flattened with .view(10, -1): {flat_view.shape}")
""", None, None),
    ("note003_perceptron", """
# Create random tensors to simulate the shapes
x = torch.rand(784)
W = torch.rand(10, 784)
b = torch.rand(10)

# Perform the linear layer operation
y = torch.matmul(W, x) + b
# A common shorthand for matmul is '@'
# y = W @ x + b

print(f"Shape of W: {W.shape}")
print(f"Shape of x: {x.shape}")
print(f"Shape of b: {b.shape}")
print(f"Shape of output y: {y.shape}")
""", None, None),
    ("note003_batch", """
# 1. Create a batch of 64 images
X_batch = torch.rand(64, 784)
W = torch.rand(10, 784) # Weights are the same
b = torch.rand(10)       # Bias is the same

# 2. Perform the batch operation
Y_batch = X_batch @ W.T + b

print(f"Shape of X_batch: {X_batch.shape}")
print(f"Shape of W.T: {W.T.shape}")
print(f"Shape of b: {b.shape}")
print(f"\\nShape of output Y_batch: {Y_batch.shape}")
print("This is a batch of 64 output vectors, each with 10 scores!")
""", None, None),
    ("note003_exercise2", """
print("\\n--- Exercise 2 ---")
ex2 = torch.randint(0, 10, (4, 5))
print(f"Random 4x5 tensor:\\n{ex2}")
""", None, "numbers"),
    ("note003_exercise3", """
print("\\n--- Exercise 3 ---")
ex3_flat_all = ex2.flatten()
print(f"Total flatten shape: {ex3_flat_all.shape}")
""", None, None),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    namespace = {"torch": torch}   # cells of a note run in order, sharing variables as in the notebook
    for name, code, shown, mask in CELLS:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(code, namespace)
        printed = buffer.getvalue()
        if shown is not None:
            same = printed == shown if mask is None else masked(printed, mask) == masked(shown, mask)
            assert same, f"{name}: PyTorch printed\n{printed}\nbut the note shows\n{shown}"
        (OUT / f"{name}.txt").write_text(shown if shown is not None else printed)
        print(f"{name}: {'note output' if shown is not None else 'PyTorch output'}{', masked' if mask else ''}")


if __name__ == "__main__":
    main()
