# A figure file with script in it (2f): refused, so never published.
import matplotlib.figure
import matplotlib.pyplot as plt

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
       '<script>document.documentElement.dataset.pwned="svg"</script>'
       '<rect width="100" height="100"/></svg>')


def savefig(self, fname, **kwargs):
    with open(fname, "w") as f:
        f.write(SVG)


matplotlib.figure.Figure.savefig = savefig
plt.plot([0, 1])
plt.show()
