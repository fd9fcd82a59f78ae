-- Issue 19: the model list's year choices step from one year to the next down this index (ModelSearch.years)
-- instead of reading every model's year.
create index model_year_idx on mobilization_model (model_year);
