# Figure titles that try to break out of the alt text (1d).
import matplotlib.pyplot as plt

mark = "document.documentElement.dataset.pwned"
titles = [
    'x\\](data:,x){ onerror="' + mark + "='bs'\" }",
    'a\r\r<img src="data:," onerror="' + mark + "='cr'\">\r\r",
    '<b title=\'" onerror="' + mark + "='q'\">t</b>",
]
for title in titles:
    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.plot([0, 1], [0, 1])
    ax.set_title(title)
plt.show()
print("three figures")
