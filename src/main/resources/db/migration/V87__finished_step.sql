-- The dashboard's slowest steps: one row per completed user task, written by the task listener that removes its
-- task_view row, in the same transaction, with the working days it took (created to completed, Vietnamese days,
-- the working-day calendar's). The dashboard's median and 90th percentile per step are then one grouped query.
create table finished_step (
    task_id       varchar(64)  primary key,
    process_key   varchar(255) not null,
    step          varchar(255) not null,
    step_name     varchar(255),
    unit_id       varchar(64),
    completed_at  timestamp with time zone not null,
    working_days  integer      not null
);
create index finished_step_completed_idx on finished_step (completed_at, unit_id);
