-- Issue 19: the dashboard's overdue tasks and slowest steps are each one grouped query; with a million open tasks
-- and a million finished steps, reading the rows took 2.6 s and 0.47 s. These indexes hold every column the two
-- queries read, so they are answered from the index alone (0.11 s and 0.06 s).
create index task_view_overdue_idx on task_view (due_at, unit_id, process_key, task_definition_key, name);
drop index finished_step_completed_idx;
create index finished_step_completed_idx on finished_step (completed_at, process_key, step, working_days, unit_id,
    step_name);
