-- "Danh sách mô hình" (/mo-hinh, GET /api/models): text search without diacritics, and indexes so that listing,
-- filtering and sorting stay fast with 100,000 models. Portable between H2 and PostgreSQL.

-- Names as a search compares them: lower case, no diacritics, đ as d (web/SearchText, kept by the entities).
alter table mobilization_model add column search_text varchar(255);
alter table unit add column search_text varchar(255);

-- Existing rows: every Vietnamese letter (both cases) to its base letter, then lower case. TRANSLATE and LOWER
-- exist in both databases (no unaccent extension needed); the entity writes the same text from now on.
update mobilization_model set search_text = lower(translate(name,
    'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ',
    'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyaaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'));
update unit set search_text = lower(translate(name,
    'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ',
    'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyaaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'));

-- The list's filters, unit first (everyone but an administrator sees a set of units): a page's total is counted
-- from this index alone, not from the wide dossier rows. unit_id alone stays for the foreign key.
create index model_unit_year_idx on mobilization_model (unit_id, model_year, field, status);
-- Sorted by last change or by name, a page of 20 reads 20 index entries instead of sorting every row.
-- (status already has model_status_idx, field and year model_field_year_idx, from V1.)
create index model_updated_idx on mobilization_model (updated_at, id);
create index model_search_text_idx on mobilization_model (search_text, id);
