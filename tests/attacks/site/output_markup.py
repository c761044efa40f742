# Output that tries to be markup: snippet includes, fence breakers, HTML, Markdown (1a-1c, 1g).
mark = "document.documentElement.dataset.pwned"
for line in [
    '--8<-- "attack/figure_titles.md"',
    "--8<--",
    "attack/figure_titles.md",
    "--8<--",
    '--8<-- "/etc/passwd"',
    "```",
    "~~~",
    "</code></pre><script>" + mark + "='script'</script>",
    '<img src="data:," onerror="' + mark + "='img'\">",
    '{: onclick="' + mark + "='attr'\" }",
    "[a link](javascript:alert(1)) *emph* :material-alert:",
    "secret = 1  # --8<-- [start:hidden]",
    "\x1b[31mred\x1b[0m nul[\x00] \x1e\x1esnipbake-cell\x1e\x1e",
]:
    print(line)
