-- JSON path operators and pgvector's inner product hold a # that is no comment.
SELECT doc #>> '{meta,title}' AS title, doc #> '{tags}' AS tags
FROM posts
ORDER BY embedding <#> '[0.1, 0.2, 0.3]'
LIMIT 5;
UPDATE posts SET doc = doc #- '{draft}' WHERE id = 42; -- a real comment
