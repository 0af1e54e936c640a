-- Custom SQL migration file, put your code below! --
-- serviceStats reads a service's daily rollup rows for the ragged ends of both periods. Their heap
-- rows are scattered (every service writes the table), so the primary key scan touched ~1,900 heap
-- pages per request at 10M activities; this index answers the same read from the index alone.
CREATE INDEX IF NOT EXISTS "stats_daily_cover_idx" ON "stats_daily" ("service_id", "day") INCLUDE ("metric", "key", "n", "x");
