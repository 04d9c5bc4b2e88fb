-- Top posts per tag by views over the last 30 days
CREATE TABLE IF NOT EXISTS page_views (
    id          BIGSERIAL PRIMARY KEY,
    post_slug   VARCHAR(200) NOT NULL,
    viewed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    duration_ms INTEGER CHECK (duration_ms >= 0)
);

/* Rank with a window function, then keep the top three. */
WITH ranked AS (
    SELECT t.name AS tag,
           p.title,
           COUNT(*) AS views,
           ROW_NUMBER() OVER (PARTITION BY t.name ORDER BY COUNT(*) DESC) AS rn
    FROM page_views v
    JOIN posts p ON p.slug = v.post_slug
    JOIN post_tags t ON t.post_id = p.id
    WHERE v.viewed_at > now() - INTERVAL '30 days'
      AND p.draft = FALSE
      AND p.title NOT LIKE 'It''s a test%'
    GROUP BY t.name, p.title
)
SELECT tag, title, views, round(views * 100.0 / SUM(views) OVER (), 2) AS pct
FROM ranked
WHERE rn <= 3 AND tag <> :excluded_tag
ORDER BY tag ASC, views DESC
LIMIT 50 OFFSET 0;

UPDATE posts SET "view count" = view_count + 1, updated_at = NULL WHERE id = $1;
