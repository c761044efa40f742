# bake: notebook
# %% [markdown]
# # A notebook
# Two code cells follow.

# %%
x = 21
print("first cell")

# %%
import matplotlib.pyplot as plt

plt.plot([1, 2], [3, 4])
print("x * 2 =", x * 2)
