-- Decision 053: records search by name words. A name search at 1M people spent ~50 ms in each of the
-- two GIN trigram scans of people.full_name and children.full_name (every trigram of a common name has
-- tens of thousands of rows), and a surname alone found a family only when the first name was short.
-- Now the typed words are matched against a small table of distinct name words (its own trigram
-- index), and the people and children holding those words are found through a GIN index on each
-- name's word array; the whole-name rule (similarity >= NAME_SIMILARITY) is applied to those only.
CREATE TABLE "name_words" (
	"word" text PRIMARY KEY NOT NULL
);--> statement-breakpoint
-- A name's words as search and the indexes split it: lower-cased, split where pg_trgm splits words
-- (anything not a letter or digit, so "Smith-Jones" and "O'Brien" are two words each), distinct, sorted.
-- IMMUTABLE so it can be indexed (lower() follows the database's collation, which does not change).
CREATE FUNCTION "name_words_of"(full_name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}')
  FROM unnest(regexp_split_to_array(lower(full_name), '[^[:alnum:]]+')) w WHERE w <> ''
$$;--> statement-breakpoint
-- fastupdate off: a search must not read an unsorted pending list, and names are written one at a time.
CREATE INDEX "name_words_trgm_idx" ON "name_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate = off);--> statement-breakpoint
CREATE INDEX "people_name_words_idx" ON "people" USING gin (name_words_of("full_name")) WITH (fastupdate = off);--> statement-breakpoint
CREATE INDEX "children_name_words_idx" ON "children" USING gin (name_words_of("full_name")) WITH (fastupdate = off);--> statement-breakpoint
-- Drops those of `words` that no name (any service's; erased names are null) holds any more. Looked
-- for once, then the survivors are locked and looked for again in a new statement: a transaction
-- that has just written a name with one of them holds it KEY SHARE (name_words_keep), so the lock
-- waits for it, and the second look sees its name once it has committed.
CREATE FUNCTION "name_words_forget"(words text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  unused text[];
BEGIN
  unused := array(
    SELECT w FROM unnest(words) w
    WHERE NOT EXISTS (SELECT 1 FROM people WHERE name_words_of(full_name) @> array[w])
      AND NOT EXISTS (SELECT 1 FROM children WHERE name_words_of(full_name) @> array[w]));
  IF cardinality(unused) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM name_words WHERE word = ANY (unused) ORDER BY word FOR UPDATE;
  DELETE FROM name_words nw
  WHERE nw.word = ANY (unused)
    AND NOT EXISTS (SELECT 1 FROM people WHERE name_words_of(full_name) @> array[nw.word])
    AND NOT EXISTS (SELECT 1 FROM children WHERE name_words_of(full_name) @> array[nw.word]);
END $$;--> statement-breakpoint
-- Keeps name_words in step with people.full_name and children.full_name: a name's new words are
-- added (ON CONFLICT DO NOTHING: a word is one row whoever uses it, with no count to contend for),
-- and the words it no longer has are dropped if nothing else uses them (an erasure nulls the name,
-- so a word only the erased family had goes in the erasure's transaction; a correction drops the
-- misspelling). Each added word is then held KEY SHARE until COMMIT, so a concurrent
-- name_words_forget cannot drop it under a name not yet committed; if one dropped it just before,
-- the lock finds no row and the word is added again.
CREATE FUNCTION "name_words_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  now_words text[] := CASE WHEN TG_OP <> 'DELETE' THEN coalesce(name_words_of(NEW.full_name), '{}') ELSE '{}' END;
  was_words text[] := CASE WHEN TG_OP <> 'INSERT' THEN coalesce(name_words_of(OLD.full_name), '{}') ELSE '{}' END;
  added text[] := array(SELECT unnest(now_words) EXCEPT SELECT unnest(was_words));
  removed text[] := array(SELECT unnest(was_words) EXCEPT SELECT unnest(now_words));
  held int;
BEGIN
  IF cardinality(added) > 0 THEN
    LOOP
      INSERT INTO name_words (word) SELECT unnest(added) ORDER BY 1 ON CONFLICT DO NOTHING;
      SELECT count(*) INTO held FROM (SELECT 1 FROM name_words WHERE word = ANY (added) ORDER BY word FOR KEY SHARE) l;
      EXIT WHEN held = cardinality(added);
    END LOOP;
  END IF;
  IF cardinality(removed) > 0 THEN
    PERFORM name_words_forget(removed);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_name_words_insert" AFTER INSERT ON "people" FOR EACH ROW WHEN (NEW.full_name IS NOT NULL) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
CREATE TRIGGER "people_name_words_update" AFTER UPDATE OF "full_name" ON "people" FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
CREATE TRIGGER "people_name_words_delete" AFTER DELETE ON "people" FOR EACH ROW WHEN (OLD.full_name IS NOT NULL) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
CREATE TRIGGER "children_name_words_insert" AFTER INSERT ON "children" FOR EACH ROW WHEN (NEW.full_name IS NOT NULL) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
CREATE TRIGGER "children_name_words_update" AFTER UPDATE OF "full_name" ON "children" FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
CREATE TRIGGER "children_name_words_delete" AFTER DELETE ON "children" FOR EACH ROW WHEN (OLD.full_name IS NOT NULL) EXECUTE FUNCTION name_words_keep();--> statement-breakpoint
-- Backfill (the bench, which loads with triggers off, runs the same statement after its load).
INSERT INTO "name_words" ("word")
SELECT unnest(name_words_of(full_name)) FROM people WHERE full_name IS NOT NULL
UNION
SELECT unnest(name_words_of(full_name)) FROM children WHERE full_name IS NOT NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
ANALYZE "name_words";--> statement-breakpoint
-- The planner needs the new expression indexes' statistics to pick a bitmap scan for `&&` (without
-- them it estimated a third of the table and chose a hash join with a parallel sequential scan).
ANALYZE "people";--> statement-breakpoint
ANALYZE "children";
--> statement-breakpoint
-- The whole-name trigram indexes (0020) served only the search's `%` scans, which are gone; the
-- duplicate check and the conduct flag compare names only among rows found by phone, email or id.
DROP INDEX IF EXISTS "people_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "children_full_name_trgm_idx";
