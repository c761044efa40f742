# Plain matplotlib can put javascript: links into an SVG (2f).
import matplotlib.pyplot as plt

(line,) = plt.plot([0, 1], lw=20)
line.set_url("javascript:alert('svg_url')")
plt.show()
