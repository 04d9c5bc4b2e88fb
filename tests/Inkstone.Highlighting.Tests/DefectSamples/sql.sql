SELECT id FROM items ORDER BY embedding <#> '[1,2]' LIMIT 5;
SELECT doc #>> '{c}' FROM t; -- done
