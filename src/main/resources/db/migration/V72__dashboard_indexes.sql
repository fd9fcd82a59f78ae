-- The reports and the dashboard count decisions of one kind taken in a period (approvals per month, recognised,
-- rewarded...): model_decision grows by several rows per model and year, so they are found by kind and time.
create index model_decision_decided_idx on model_decision (decision, decided_at);
