-- PostgreSQL only (spring.flyway.locations in application-postgres.yaml): "Danh sách mô hình" finds a word anywhere
-- in a model's name (search_text like '%dong thuan%'), which no B-tree index serves; a trigram index does, so a
-- search reads the matching rows instead of all 100,000. pg_trgm ships with PostgreSQL (contrib) and is a trusted
-- extension: the database's owner may create it without superuser rights.
create extension if not exists pg_trgm;
create index if not exists mobilization_model_search_trgm_idx
    on mobilization_model using gin (search_text gin_trgm_ops);
