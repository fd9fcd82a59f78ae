-- Issue 16: a unit is closed, never deleted (history, past reports and decisions keep its name). When the
-- 2025 reform merges communes, the closed unit names the unit that took over its work.
alter table unit add column closed_on date;
alter table unit add column successor_id varchar(64) references unit (id);
