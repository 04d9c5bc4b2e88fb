-- Nearest neighbours with pgvector, and a JSON path
SELECT id, doc #>> '{meta,title}' AS title,
       embedding <#> '[0.1, 0.2, 0.3]' AS score
FROM chunks
WHERE doc #> '{meta}' ? 'title'
  AND tags && ARRAY['nlp', 'rl']::text[]
ORDER BY embedding <-> '[0.1, 0.2, 0.3]'
LIMIT 5;
