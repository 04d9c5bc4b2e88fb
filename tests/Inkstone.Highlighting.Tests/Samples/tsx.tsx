// A search box for the blog, in React with TypeScript
import { useState } from "react";

type Props = { placeholder?: string; onSearch: (q: string) => void };

export function SearchBox({ placeholder = "搜索", onSearch }: Props) {
  const [query, setQuery] = useState<string>("");
  const empty = query.trim().length === 0;
  return (
    <form className="search" onSubmit={(e) => { e.preventDefault(); onSearch(query); }}>
      <input aria-label="Search" value={query} placeholder={placeholder}
             onChange={(e) => setQuery(e.target.value)} />
      <button type="submit" disabled={empty}>Go</button>
      {empty ? <p className="hint">Type a word, e.g. GRPO</p> : <></>}
    </form>
  );
}
