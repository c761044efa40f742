"""snipbake: run the site's example scripts once, fast, and bake their outputs into Markdown.

Stages, one module each:
  examples  find snippets/<chapter>/<name>.py and read their `# bake:` header
  cache     content-hash keys and the stored result of each example
  runner    one parent imports torch once, then forks a sandboxed child per example
  child     what runs inside that child
  recordings  CUDA outputs recorded on a GPU machine, committed beside the example
  render    a Markdown fragment per example (code, output, figures, stamps)
  notebook  chapter notebooks (.ipynb) built from baked results
  integrity checks that explain themselves: orphans, nav, embeds, recordings, budgets
  bake      ties the stages together (`python -m snipbake bake`)
"""

ENGINE_VERSION = "4"  # bump when a change to runner/child alters what an example prints
