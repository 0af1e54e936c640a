-- Decision 054: a change of a service's suppression threshold k re-protects its months under the
-- same per-service lock (stats:<service>) as the COMMIT-time flush of decision 052. Without it the
-- two could interleave: the k change updates every month (uncommitted), a writer's flush reads the
-- old k, computes a month's protected count with it, waits for that month's row, and then writes it
-- over the k change's value once that commits; the month kept a count protected with the old k
-- (a count below the new k could be published) until its next write. Now whichever comes second
-- waits for the other's COMMIT and then reads what it committed: the flush reads the new k, or the
-- k change re-protects the months the flush wrote. Lock order as everywhere: services' locks, in
-- id order, before the national lock the monthly rows' own triggers take.
CREATE OR REPLACE FUNCTION stats_services_k_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:' || x.id::text, 0))
    FROM (SELECT w.id FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.suppression_k IS DISTINCT FROM w.suppression_k ORDER BY 1) x;
  UPDATE stats_monthly sm SET p = stats_perturb(sm.n, sm.ks, greatest(3, w.suppression_k)),
      px = CASE WHEN sm.metric = 'activities' THEN stats_perturb_hours(sm.x, sm.ks, stats_perturb(sm.n, sm.ks, greatest(3, w.suppression_k)), greatest(3, w.suppression_k)) END
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.suppression_k IS DISTINCT FROM w.suppression_k
    WHERE sm.service_id = w.id;
  RETURN NULL;
END;
$$;
