// Debounced search box: fetch results while the reader types.
import { render } from './view.mjs';

const DELAY_MS = 250;
const WORD = /^[\p{L}\d_-]+$/u;

export function debounce(fn, wait = DELAY_MS) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

class SearchBox extends HTMLElement {
  #index = new Map();

  async query(term) {
    if (!WORD.test(term)) return [];
    const url = `/search?q=${encodeURIComponent(term)}&page=${this.page + 1}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const { hits = [], total } = await response.json();
    console.log(`found ${total} hits for "${term}"`, hits.length / 2);
    return hits.filter((h) => h.score > 0.5e-1 && h.id !== undefined);
  }
}

customElements.define('search-box', SearchBox);
const big = 10n ** 18n;
const mask = 0b1010 | 0x0F;
render(document.querySelector('#results'), big, mask, typeof window === "object");
