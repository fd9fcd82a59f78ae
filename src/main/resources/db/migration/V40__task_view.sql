-- Read model of open user tasks for the reviewers' task lists: one indexed table instead of the engine's
-- task + identity link + variable joins. Kept in step by engine task listeners in the same transaction.
create table task_view (
    task_id               varchar(64)  primary key,
    name                  varchar(255),
    task_definition_key   varchar(255) not null,
    process_definition_id varchar(64)  not null,
    process_key           varchar(255) not null,
    process_instance_id   varchar(64)  not null,
    model_id              bigint,
    model_name            varchar(255),
    unit_id               varchar(64),
    unit_name             varchar(255),
    field                 varchar(32),
    created_at            timestamp with time zone not null,
    due_at                timestamp with time zone,
    follow_up_at          timestamp with time zone,
    assignee              varchar(255)
);
create index task_view_assignee_idx on task_view (assignee);
create index task_view_unit_idx on task_view (unit_id);
create index task_view_model_idx on task_view (model_id);
create index task_view_due_idx on task_view (due_at, created_at);

create table task_candidate_group (
    task_id  varchar(64) not null references task_view (task_id) on delete cascade,
    group_id varchar(64) not null,
    primary key (task_id, group_id)
);
create index task_candidate_group_idx on task_candidate_group (group_id, task_id);
