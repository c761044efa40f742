/* The search index on demand.
 *
 * Served over http(s), Material requests its search index (search/search_index.json, more than
 * half the bytes of a first visit) as soon as a page loads, whether or not the reader searches;
 * opened from disk, it already waits until the search is opened. This script, loaded before
 * Material's bundle, holds that one request back until the reader opens the search (a click or
 * tap on it, or the / s f keys) or arrives from a search result (?h=, whose words the page then
 * highlights). Material's bundle is unchanged: it still sends the request itself, only later.
 */
(() => {
  const toggle = document.getElementById("__search")
  if (!toggle || new URLSearchParams(location.search).has("h")) return
  const held = []
  let wanted = false
  const release = () => {
    wanted = true
    for (const send of held.splice(0)) send()
  }
  toggle.addEventListener("change", release, { once: true })
  for (const type of ["focusin", "pointerdown"])
    document.querySelector(".md-search")?.addEventListener(type, release, { once: true })

  const { open, send } = XMLHttpRequest.prototype
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.snipIndex = /\/search\/search_index\.json$/.test(new URL(url, location.href).pathname)
    return open.call(this, method, url, ...rest)
  }
  XMLHttpRequest.prototype.send = function (body) {
    if (this.snipIndex && !wanted) held.push(() => send.call(this, body))
    else send.call(this, body)
  }
})()
