import torch

dense = torch.tensor([[0.0, 0.0, 3.0, 0.0],
                      [0.0, 0.0, 0.0, 0.0],
                      [7.0, 0.0, 0.0, 9.0]])

sparse = dense.to_sparse()  # COO: coordinates + values of the non-zeros
print(sparse)
print("layout :", sparse.layout)
print("indices:", sparse.indices().tolist())  # one column per non-zero
print("values :", sparse.values().tolist())

back = sparse.to_dense()  # back to an ordinary strided tensor
print("back   :", back.layout, torch.equal(back, dense))

assert sparse.layout == torch.sparse_coo and torch.equal(back, dense)
