-- Issue 19: a group's task list in due order straight from one index. With a million open tasks a commune's group
-- holds thousands; the page looked each of them up in task_view to sort them (and counted them through task_view).
-- The candidate-group rows now carry the task's due and creation times, kept by TaskProjection from task_view, and
-- the index gives a group's first page in order and its total without reading task_view.
alter table task_candidate_group add column due_at timestamp with time zone;
alter table task_candidate_group add column created_at timestamp with time zone;
update task_candidate_group set due_at = (select t.due_at from task_view t where t.task_id = task_candidate_group.task_id),
    created_at = (select t.created_at from task_view t where t.task_id = task_candidate_group.task_id);
create index task_candidate_group_due_idx on task_candidate_group (group_id, due_at, created_at, task_id);
