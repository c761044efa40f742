# bake: memory=512MiB
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(200, 200), dpi=100)  # 20000 x 20000 pixels
ax.imshow(np.arange(10000.0).reshape(100, 100))
plt.show()
print("drew a huge raster")
