-- Two lists count the models of the reader's units (unit_id in (...)) and need little else of them; these indexes
-- answer both from the index alone, without reading the models' dossiers (PostgreSQL, 100,000 models, figures in
-- docs/performance.md):
-- the dashboard's and the reports' counts, grouped by field and kind (a year's registrations: 180 ms to 30 ms);
create index model_scope_idx on mobilization_model (unit_id, id, field, kind);
-- the model list's total when searching by name (a word in a quarter of all names: 70 ms to 20 ms).
create index model_unit_search_idx on mobilization_model (unit_id, search_text);
