for i in range(2000):
    print(f"{i:6d} " + "x" * 200)
