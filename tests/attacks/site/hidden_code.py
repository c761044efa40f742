# A line that pymdownx.snippets would drop from the page (1b): it must show.
x = 1  # --8<-- [start:hidden]
print("visible", x)  # --8<-- [end:hidden]
