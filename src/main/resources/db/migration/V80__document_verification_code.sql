-- The verification code of each document, beside its hash, so that the portal can link to the document's public
-- verification page (the reward e-mail to the unit, the public page of recognised models, the decision's page).
-- It tells nothing the table did not hold already: the stored PDF prints the code. Lookups still go by code_hash
-- (the same work for a known and an unknown code). Documents issued before this column get theirs from their PDF
-- at the next start (document.VerificationCodeBackfill).
alter table issued_document add column verification_code varchar(32);
