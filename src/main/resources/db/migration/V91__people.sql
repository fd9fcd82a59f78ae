-- Issue 16, people: who manages a unit's members (besides the administrators, who always may), appointed by an
-- administrator; and the users who may no longer sign in. Camunda CE has no "disabled" flag and the user must stay
-- (history names them), so the deactivation is ours and the login refuses it.
create table unit_manager (
    unit_id      varchar(255) not null references unit (id),
    user_id      varchar(255) not null,
    appointed_at timestamp with time zone not null,
    appointed_by varchar(255) not null,
    primary key (unit_id, user_id)
);
create index unit_manager_user_idx on unit_manager (user_id);

create table user_deactivation (
    user_id        varchar(255) primary key,
    deactivated_at timestamp with time zone not null,
    deactivated_by varchar(255) not null
);

-- A membership's entry is keyed unit/user: room for both ids.
alter table audit_entry alter column subject_id set data type varchar(255);
