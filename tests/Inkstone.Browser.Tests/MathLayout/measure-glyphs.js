// Measures every visible glyph of both renderings of each formula on the math layout page.
// A glyph is one character of a text node: its box from Range.getClientRects(), in em of its formula's
// font size, relative to the formula's left edge and baseline (the bottom of a zero-size inline-block
// probe on the formula's line). A text box's top is the font's ascent above the glyph's baseline, so the
// baseline is found by measuring the same character in the same font beside a probe, once per font and
// character; that keeps Latin Modern Math and KaTeX's fonts, whose ascents differ, comparable.
() => {
  const ignored = /[\s\u200b-\u200f\u2061-\u2064\ufeff]/u;
  const ascents = new Map();
  const bench = document.createElement("div");
  bench.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;white-space:nowrap;line-height:normal";
  document.body.appendChild(bench);

  const ascent = (style, ch) => {
    const key = `${style.fontFamily}|${style.fontWeight}|${style.fontStyle}|${ch}`;
    let value = ascents.get(key);
    if (value !== undefined) return value;
    const span = document.createElement("span");
    span.style.fontFamily = style.fontFamily;
    span.style.fontWeight = style.fontWeight;
    span.style.fontStyle = style.fontStyle;
    span.style.fontSize = "100px";
    const text = document.createTextNode(ch);
    const probe = document.createElement("span");
    probe.style.cssText = "display:inline-block;width:0;height:0";
    span.append(text, probe);
    bench.appendChild(span);
    const range = document.createRange();
    range.selectNodeContents(text);
    value = (probe.getBoundingClientRect().bottom - range.getBoundingClientRect().top) / 100;
    span.remove();
    ascents.set(key, value);
    return value;
  };

  const hidden = el => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === "hidden" || s.color === "rgba(0, 0, 0, 0)" || s.opacity === "0") return true;
      if (e.classList.contains("side")) return false;
    }
    return false;
  };

  const glyphs = (root, em, left, baseline) => {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      const el = node.parentElement;
      if (el.closest("annotation, .katex-mathml") || hidden(el)) continue;
      const style = getComputedStyle(el);
      // KaTeX shows a command it does not know in its error colour instead of failing the formula.
      if (style.color === "rgb(204, 0, 0)") return null;
      const size = parseFloat(style.fontSize);
      const text = node.data;
      for (let i = 0; i < text.length;) {
        const ch = String.fromCodePoint(text.codePointAt(i));
        const end = i + ch.length;
        if (!ignored.test(ch)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, end);
          const box = Array.from(range.getClientRects()).find(r => r.width > 0);
          if (box) {
            const mo = el.localName === "mo" ? el.getBoundingClientRect() : null;
            // A delimiter sized by the compiler sits alone in an mpadded as wide as the size variant drawn; its text box
            // is the base glyph's, and Chromium draws the variant in the middle of the operator element (which the
            // compiler makes as wide as the mpadded), so the element's middle is the glyph's.
            const sized = mo && el.parentElement.localName === "mpadded" && el.parentElement.hasAttribute("width")
              && el.parentElement.childElementCount === 1 ? mo : null;
            out.push({
              c: ch,
              x: (box.left - left) / em,
              w: box.width / em,
              y: (box.top + ascent(style, ch) * size - baseline) / em,
              s: size / em,
              // A stretched or large operator is drawn bigger than its text box; its element box says how big.
              h: mo ? mo.height / em : box.height / em,
              // Chromium reports a size variant's text box as the base glyph's, at the start of the operator; the
              // operator element is as wide as what it draws, so its centre is the drawn glyph's.
              mx: mo && text.length <= 2 ? (mo.left + mo.width / 2 - left) / em : null,
              px: sized ? (sized.left + sized.width / 2 - left) / em : null,
              t: el.localName,
              f: style.fontFamily.split(",")[0].replace(/"/g, ""),
            });
          }
        }
        i = end;
      }
    }
    return out;
  };

  const measure = (side, root, sizer) => {
    const em = parseFloat(getComputedStyle(sizer).fontSize);
    const baseline = side.querySelector(":scope > .probe").getBoundingClientRect().bottom;
    const left = root.getBoundingClientRect().left;
    return glyphs(root, em, left, baseline);
  };

  const cases = Array.from(document.querySelectorAll(".case")).map(c => {
    const ink = c.querySelector(".ink");
    const kx = c.querySelector(".kx");
    const math = ink.querySelector("math");
    const katex = kx.querySelector(".katex");
    const html = kx.querySelector(".katex-html");
    return {
      id: c.id,
      ink: math ? measure(ink, math, math) : null,
      kx: katex && html && !kx.querySelector(".katex-error") ? measure(kx, html, katex) : null,
    };
  });
  bench.remove();
  return cases;
}
