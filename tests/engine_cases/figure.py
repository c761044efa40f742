import matplotlib.pyplot as plt

plt.plot([0, 1, 2], [0, 1, 4])
plt.title("three points")
plt.show()
print("drew one figure")
