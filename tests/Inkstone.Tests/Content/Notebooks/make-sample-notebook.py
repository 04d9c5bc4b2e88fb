"""Runs the cells of sites/sample/content/posts/attention-scaling.ipynb and writes the notebook with their outputs.

Only the standard library (PyPI's nbformat and IPython are out of reach of this machine): the cells call HTML, SVG and
Math as they would in Jupyter, and the stand-ins below record what IPython's display classes would store. Run by hand,
python3 make-sample-notebook.py (from this folder); the build reads the committed notebook and runs nothing.
"""
import contextlib, io, json

CELLS = []

def md(text):
    CELLS.append(("markdown", text, []))

def code(text, tags=()):
    CELLS.append(("code", text, list(tags)))

md("""---
title: 为什么注意力要除以 √d：一个 notebook 小实验
date: 2025-05-10 20:00:00
categories: [NLP]
tags: [Transformer, 注意力, Jupyter]
---
缩放点积注意力里的 $1/\\sqrt{d}$ 常被一句「防止 softmax 饱和」带过。这篇笔记用一个不依赖任何框架的小实验把这句话量化：随机生成查询和键，比较缩放与不缩放时注意力分布的**熵**和**最大权重**。

<!-- more -->

## 实验设置

查询 $q$ 和 $n=64$ 个键 $k_j$ 的每一维都独立取自 $\\mathcal{N}(0, 1)$。熵的上限是均匀分布的 $\\ln 64 \\approx 4.16$；熵越低，注意力越集中在少数几个键上。""")

code("""import math, random

random.seed(7)

def softmax(xs):
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    s = sum(e)
    return [v / s for v in e]

def entropy(p):
    return -sum(x * math.log(x) for x in p if x > 0)

def trial(d, n=64, scaled=True):
    q = [random.gauss(0, 1) for _ in range(d)]
    scores = [sum(a * random.gauss(0, 1) for a in q) for _ in range(n)]
    if scaled:
        scores = [s / math.sqrt(d) for s in scores]
    p = softmax(scores)
    return entropy(p), max(p)""")

md("""## 跑起来

每个维度重复 40 次取平均。打印的是进度；画表和画图的辅助函数折叠在后面的单元格里，点开可以看。""")

code("""dims = [4, 16, 64, 256, 1024]
rows = []
for d in dims:
    runs = {s: [trial(d, scaled=s) for _ in range(40)] for s in (True, False)}
    mean = lambda xs: sum(xs) / len(xs)
    rows.append((d,
                 mean([h for h, _ in runs[True]]), mean([h for h, _ in runs[False]]),
                 mean([m for _, m in runs[True]]), mean([m for _, m in runs[False]])))
    print(f"d = {d:>4}: done")""")

code("""def table(rows):
    head = "<tr><th>d</th><th>熵（缩放）</th><th>熵（不缩放）</th><th>最大权重（缩放）</th><th>最大权重（不缩放）</th></tr>"
    body = "".join(
        f"<tr><td>{d}</td><td>{hs:.2f}</td><td>{hu:.2f}</td><td>{ms:.2f}</td><td>{mu:.2f}</td></tr>"
        for d, hs, hu, ms, mu in rows)
    return f'<table class="dataframe"><thead>{head}</thead><tbody>{body}</tbody></table>'

def line_plot(xs, series, width=520, height=260, top=4.3):
    left, bottom, pad = 48, 34, 12
    w, h = width - left - pad, height - bottom - pad
    x_of = lambda i: left + w * i / (len(xs) - 1)
    y_of = lambda v: pad + h * (1 - v / top)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="#ffffff"/>']
    for v in range(0, 5):
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y_of(v):.1f}" y2="{y_of(v):.1f}" stroke="#dddddd"/>'
                     f'<text x="{left - 8}" y="{y_of(v) + 4:.1f}" text-anchor="end" fill="#444444">{v}</text>')
    for i, x in enumerate(xs):
        parts.append(f'<text x="{x_of(i):.1f}" y="{height - 12}" text-anchor="middle" fill="#444444">d={x}</text>')
    for name, colour, ys in series:
        points = " ".join(f"{x_of(i):.1f},{y_of(v):.1f}" for i, v in enumerate(ys))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        parts.append(f'<text x="{x_of(len(xs) - 1) - 4:.1f}" y="{y_of(ys[-1]) - 8:.1f}" text-anchor="end" fill="{colour}">{name}</text>')
    parts.append("</svg>")
    return "\\n".join(parts)""", tags=["hide-input"])

code("""HTML(table(rows))""")

md("""不缩放时，$d$ 每翻四倍，点积的标准差就翻一倍，softmax 的输入越来越极端：到 $d = 1024$ 时最大权重接近 1，注意力几乎变成了 one-hot，梯度也随之消失。缩放之后，熵稳定在同一个水平，与维度无关。

> [!TIP]
> 表格和下面的折线图都是 notebook 单元格的输出，Inkstone 在构建时直接读取 `.ipynb` 里保存的结果，不运行内核。""")

code("""SVG(line_plot(dims, [
    ("缩放", "#1f77b4", [r[1] for r in rows]),
    ("不缩放", "#d62728", [r[2] for r in rows]),
]))""")

md("""## 一行推导

若 $q_i, k_i$ 独立、均值 0、方差 1，则 $q^\\top k = \\sum_{i=1}^{d} q_i k_i$ 的方差是 $d$。除以 $\\sqrt{d}$ 正好把它拉回 1：""")

code(r"""Math(r"\operatorname{Var}\left(q^\top k\right) = d \quad\Longrightarrow\quad \operatorname{Var}\left(\frac{q^\top k}{\sqrt{d}}\right) = 1")""")

md("""所以 $1/\\sqrt{d}$ 不是调出来的超参数，而是让 softmax 的输入尺度与维度无关的归一化。""")

# What IPython's display classes store: the rich form and a plain-text fallback.
class HTML:
    def __init__(self, data): self.data = {"text/html": data, "text/plain": "<IPython.core.display.HTML object>"}
class SVG:
    def __init__(self, data): self.data = {"image/svg+xml": data, "text/plain": "<IPython.core.display.SVG object>"}
class Math:
    def __init__(self, data): self.data = {"text/latex": "$\\displaystyle " + data + "$", "text/plain": "<IPython.core.display.Math object>"}

def lines(text):
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

namespace = {"HTML": HTML, "SVG": SVG, "Math": Math}
cells, count = [], 0
for kind, text, tags in CELLS:
    if kind == "markdown":
        cells.append({"cell_type": "markdown", "metadata": {}, "source": lines(text)})
        continue
    count += 1
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            value = eval(compile(text, f"<cell {count}>", "eval"), namespace)
        except SyntaxError:
            exec(compile(text, f"<cell {count}>", "exec"), namespace)
            value = None
    outputs = []
    if out.getvalue():
        outputs.append({"output_type": "stream", "name": "stdout", "text": lines(out.getvalue())})
    if value is not None:
        outputs.append({"output_type": "execute_result", "execution_count": count, "metadata": {},
                        "data": {k: lines(v) for k, v in value.data.items()}})
    cells.append({"cell_type": "code", "execution_count": count, "metadata": {"tags": tags} if tags else {},
                  "source": lines(text), "outputs": outputs})

notebook = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                          "language_info": {"name": "python", "version": "3.12"}},
            "nbformat": 4, "nbformat_minor": 5}
with open("../../../../sites/sample/content/posts/attention-scaling.ipynb", "w", encoding="utf-8") as f:
    json.dump(notebook, f, indent=1, ensure_ascii=False)
    f.write("\n")
