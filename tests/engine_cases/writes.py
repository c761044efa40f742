import os

with open("scratch.txt", "w") as f:  # inside the temporary working directory: allowed
    f.write("fine")
print(os.listdir("."))
# line 7: beside the example, i.e. in the repository: refused
open(os.path.join(os.path.dirname(__file__), "escaped.txt"), "w").write("must not happen")
