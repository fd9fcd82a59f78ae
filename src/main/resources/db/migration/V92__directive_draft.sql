-- Issue 16: a directive may be saved as a draft (DRAFT), edited and previewed before it is issued (ISSUED). A draft
-- starts no process and has no tasks or assignments yet: what was typed waits in draft_json (the request as the API
-- takes it) until it is issued. Directives issued before this migration are ISSUED.
alter table directive add column status varchar(16) default 'ISSUED' not null;
alter table directive add column draft_json varchar(1000000);
