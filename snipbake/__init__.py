"""snipbake: run the site's example scripts once, fast and isolated, and publish their outputs.

Stages, one module each (data flows down the list):
  examples    find snippets/<page>/<name>.py, read each once, parse its `# bake:` header
  store       content-hash keys (source, folder, library versions, engine) and stored results
  sandbox     what the kernel enforces for each example (namespaces, read-only files, no privileges)
  runner      one parent imports torch once, forks a child per example, checks what it reports
  child       what runs inside that child
  capture     the parent's reading of what a child printed
  model       the typed Result every stage passes on
  bake        plan, execute, verify (determinism, stray writes), publish (`python -m snipbake bake`)
  publish     fragments, downloads, figures, notebooks and a manifest, for any site generator
  render      a Markdown fragment per example (code, output, figures, stamps), everything escaped
  notebook    .ipynb downloads built from results
  recordings  CUDA outputs recorded on a GPU machine, committed beside the example
  integrity   checks that explain themselves: orphans, nav, embeds, recordings, error demos
  layout      every path and URL
Tools: serve (the warm engine under `make serve`), diff (`make diff-outputs`), zensical (the
Zensical build), bench, scaffold (`make new`); mkdocs_hooks is the MkDocs side, and only that.
"""
