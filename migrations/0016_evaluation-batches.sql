-- Custom SQL migration file, put your code below! --
-- Evaluations in batches (decision 029). Responses stored before this change each got a batch id of
-- their own from the column default: put every service's earlier responses into one batch, so no
-- earlier answer (or its comment) is read on its own. Their closure month, level and channel are
-- gone (migration 0012), which is what let one be matched to a case.
UPDATE evaluation_responses r SET batch_id = b.id
  FROM (SELECT s.service_id, gen_random_uuid() AS id FROM (SELECT DISTINCT service_id FROM evaluation_responses) s) b
  WHERE b.service_id = r.service_id;
