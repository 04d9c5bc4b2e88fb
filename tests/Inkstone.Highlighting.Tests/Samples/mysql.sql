# Top posts by views, MySQL flavour
SELECT p.id, p.title, COUNT(*) AS views  -- one row per post
FROM posts AS p
JOIN visits v ON v.post_id = p.id
WHERE p.published_at >= '2025-01-01' # only this year
GROUP BY p.id, p.title
ORDER BY views DESC
LIMIT 10;
