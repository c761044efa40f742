# Make the engine publish host files as figures (2c).
import matplotlib.pyplot as plt
import snipbake.child

snipbake.child._save_figures = lambda figdir, prefix: [
    {"file": "/proc/self/environ", "alt": "the environment"},
    {"file": "../../etc/hostname", "alt": "the host"},
]
plt.plot([3, 2, 1])
plt.show()
