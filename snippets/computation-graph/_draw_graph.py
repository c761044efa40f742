"""Draw the backward graph that autograd recorded, read from a real grad_fn.

walk(grad_fn) follows grad_fn.next_functions and returns the nodes and
edges; draw(ax, output, names, title) lays them out in layers (root on top) and
draws boxes and arrows with plain matplotlib. Arrows point the way
backward() travels: from the output towards the leaves.
"""

from matplotlib.patches import FancyArrowPatch


def walk(root):
    """Nodes (grad_fn objects, root first) and edges (parent, child, slot)."""
    nodes, edges, todo = [root], [], [root]
    while todo:
        node = todo.pop(0)
        for slot, (child, _) in enumerate(node.next_functions):
            if child is None:  # this input does not require grad
                continue
            edges.append((node, child, slot))
            if all(child is not n for n in nodes):
                nodes.append(child)
                todo.append(child)
    return nodes, edges


def label(node, names):
    """The class name, plus the leaf's name under an AccumulateGrad."""
    text = type(node).__name__
    leaf = getattr(node, "variable", None)  # only AccumulateGrad has one
    if leaf is not None:
        text += "\n" + next(n for n, t in names.items() if t is leaf)
    return text


def draw(ax, output, names, title):
    """Draw output.grad_fn and everything reachable from it on ax.

    names maps a display name to each leaf tensor (and to the output)."""
    root = output.grad_fn
    nodes, edges = walk(root)
    index = {id(n): i for i, n in enumerate(nodes)}
    depth = [0] * len(nodes)  # longest path from the root
    for _ in nodes:
        for parent, child, _ in edges:
            p, c = index[id(parent)], index[id(child)]
            depth[c] = max(depth[c], depth[p] + 1)
    rows = {}
    for i, d in enumerate(depth):
        rows.setdefault(d, []).append(i)
    pos = {}
    for d, members in rows.items():
        for k, i in enumerate(members):
            pos[i] = (k - (len(members) - 1) / 2, -d)  # one unit apart
    width = max(2, max(len(m) for m in rows.values()))

    half_width = {}  # in points, for arrows that meet a box from the side
    for i, node in enumerate(nodes):
        leaf = type(node).__name__ == "AccumulateGrad"
        colour = "#cfe8cf" if leaf else "#fde0c5"
        text = label(node, names)
        if node is root:
            out = next(n for n, t in names.items() if t is output)
            text += f"\n= {out}.grad_fn"
        half_width[i] = 2.7 * max(len(t) for t in text.split("\n")) + 6
        ax.text(*pos[i], text, ha="center", va="center",
                fontsize=9, family="monospace",
                bbox=dict(boxstyle="round,pad=0.4", fc=colour, ec="#555"))

    keys = [(index[id(p)], index[id(c)]) for p, c, _ in edges]
    seen = {}
    for key in keys:
        k = seen[key] = seen.get(key, -1) + 1
        style, shrink_a, shrink_b = "arc3,rad=0", 16, 16
        if keys.count(key) > 1:  # the same input used twice: two curves
            style = f"arc3,rad={0.6 if k == 0 else -0.6}"
        if depth[key[1]] - depth[key[0]] > 1:  # skips a row: go round it
            style = "arc,angleA=180,angleB=180,armA=70,armB=70,rad=6"
            shrink_a, shrink_b = half_width[key[0]], half_width[key[1]]
        ax.add_patch(FancyArrowPatch(
            pos[key[0]], pos[key[1]], arrowstyle="-|>", mutation_scale=12,
            shrinkA=shrink_a, shrinkB=shrink_b, color="#444",
            connectionstyle=style))

    ax.set_xlim(-width / 2, width / 2)
    ax.set_ylim(-max(depth) - 0.5, 0.5)
    ax.axis("off")
    ax.set_title(title, fontsize=10)

