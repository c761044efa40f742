name = input("your name? ")
print("hello", name)
