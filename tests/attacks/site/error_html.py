# A failure whose message is HTML and Markdown (1e): shown as text on the failure box.
mark = "document.documentElement.dataset.pwned"
raise RuntimeError('<img src="data:," onerror="' + mark + "='err'\"> [x](javascript:alert(2))")
