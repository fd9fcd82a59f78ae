-- Business keys name their kind (model:1, directive:1, campaign:2026, round:11): a directive's tasks are about no
-- model. task_view took model_id from any process's modelId variable; only the processes about one model
-- (registration, evaluation, reward) give it now. The engine's own tables (running instances and history, keyed
-- by the old bare ids) are rewritten at start by BusinessKeyMigration: on a new database they do not exist yet
-- when Flyway runs.
update task_view set model_id = null
where model_id is not null and process_key not in ('model-registration', 'model-evaluation', 'model-reward');
