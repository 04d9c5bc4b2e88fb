"""Writes every-output.ipynb, the notebook fixture of NotebookTests: one cell per kind of output Inkstone renders.

Only the standard library (PyPI's nbformat is out of reach of this machine), run by hand: python3 make-fixtures.py.
The tests read the committed .ipynb and need no Python. The JPEG is a 48x32 gradient that Chromium drew for it.
"""
import base64, json, struct, zlib

def png(width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

def lines(text):
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

def code(source, outputs, count, tags=None):
    return {"cell_type": "code", "execution_count": count, "metadata": {"tags": tags} if tags else {},
            "source": lines(source), "outputs": outputs}

def md(source, **extra):
    return {"cell_type": "markdown", "metadata": {}, "source": lines(source), **extra}

plot = base64.b64encode(png(40, 20, lambda x, y: (200 - 4 * x, 60 + 4 * y, 90))).decode()
jpeg = "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAgADADASIAAhEBAxEB/8QAFwABAQEBAAAAAAAAAAAAAAAAAAECBv/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAWAQEBAQAAAAAAAAAAAAAAAAAGBwT/xAAWEQEBAQAAAAAAAAAAAAAAAAAABEH/2gAMAwEAAhEDEQA/AOVVFYplCsUAgmFbAAhmFbNZVFT6ZVLFAIJhWwAIZhWzX//Z"
svg = ('<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       'width="120pt" height="60pt" viewBox="0 0 120 60" onload="alert(1)">\n'
       '<script>alert("svg")</script>\n<defs><clipPath id="c"><rect width="120" height="60"/></clipPath></defs>\n'
       '<style>path { stroke-linecap: round }</style>\n'
       '<path d="M 0 60 L 40 20 L 80 40 L 120 0" style="fill:none;stroke:#1f77b4" clip-path="url(#c)"/>\n'
       '<image href="https://tracker.example/pixel.png" width="1" height="1"/>\n'
       '<use xlink:href="#c"/>\n</svg>\n')
table = ('<div>\n<style scoped>\n    .dataframe tbody tr th { vertical-align: top; }\n</style>\n'
         '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n      <th>reward</th>\n'
         '    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>0</th>\n      <td onclick="steal()">1.5</td>\n    </tr>\n'
         '  </tbody>\n</table>\n<script>document.title = "pwned"</script>\n</div>')

cells = [
    {"cell_type": "raw", "metadata": {}, "source": lines("---\ntitle: Every output\ndate: 2025-05-04\ntags: [notebooks]\n---")},
    md("# Every output\n\nA formula, $e^{i\\pi} + 1 = 0$, and a [link](#streams).\n\n> [!NOTE]\n> Callouts work in cells.\n\n## Streams"),
    code('print("to stdout")\nimport sys; print("to stderr", file=sys.stderr)', [
        {"output_type": "stream", "name": "stdout", "text": ["to stdout\n"]},
        {"output_type": "stream", "name": "stderr", "text": ["to stderr\n"]},
    ], 1),
    code("colored()", [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                        "data": {"text/plain": ["\u001b[31mred\u001b[0m and \u001b[1;32mbold green\u001b[0m"]}}], 2),
    code("plot()", [{"output_type": "display_data", "metadata": {"image/png": {"width": 20}},
                     "data": {"image/png": plot, "text/plain": ["<Figure size 40x20 with 1 Axes>"]}}], 3),
    code("photo()", [{"output_type": "display_data", "metadata": {}, "data": {"image/jpeg": jpeg, "text/plain": ["A gradient"]}}], 4),
    code("vector()", [{"output_type": "display_data", "metadata": {}, "data": {"image/svg+xml": lines(svg), "text/plain": ["<Figure>"]}}], 5),
    code("frame", [{"output_type": "execute_result", "execution_count": 6, "metadata": {},
                    "data": {"text/html": lines(table), "text/plain": ["   reward\n0     1.5"]}}], 6),
    code("Math(r'\\frac{1}{2}')", [{"output_type": "execute_result", "execution_count": 7, "metadata": {},
                                   "data": {"text/latex": ["$$\\frac{1}{2}\\sum_{i=1}^{n} x_i^2$$"], "text/plain": ["<IPython.core.display.Math object>"]}}], 7),
    code("Markdown('**bold**')", [{"output_type": "display_data", "metadata": {},
                                   "data": {"text/markdown": ["**bold** from an output"], "text/plain": ["<IPython.core.display.Markdown object>"]}}], 8),
    code("1 / 0", [{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
                    "traceback": ["\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
                                  "\u001b[0;31mZeroDivisionError\u001b[0m: division by zero"]}], 9),
    code("secret_setup()", [], 10, ["remove-cell"]),
    code("helper()", [{"output_type": "stream", "name": "stdout", "text": ["helper ran\n"]}], 11, ["hide-input"]),
    code("#| echo: false\nquiet()", [{"output_type": "stream", "name": "stdout", "text": ["only the output\n"]}], 12),
    code("noisy()", [{"output_type": "stream", "name": "stdout", "text": ["folded output\n"]}], 13, ["hide-output"]),
    code("#| output: false\nshown_code_only()", [{"output_type": "stream", "name": "stdout", "text": ["never shown\n"]}], 14),
    md("A pasted image: ![pasted](attachment:pasted.png)", attachments={"pasted.png": {"image/png": plot}}),
]
notebook = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                          "language_info": {"name": "python"}, "title": "Overridden by the raw cell"},
            "nbformat": 4, "nbformat_minor": 5}
with open("every-output.ipynb", "w", encoding="utf-8") as f:
    json.dump(notebook, f, indent=1, ensure_ascii=False)
    f.write("\n")
