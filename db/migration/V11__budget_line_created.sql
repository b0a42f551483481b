-- Budget lines become audited like every other mutable record: who created each line and
-- when, beside who changed it last. Existing lines were created when they were last changed
-- as far as anyone can now tell, so they take those values.
alter table budget_line add column created_at timestamptz, add column created_by varchar(60);
update budget_line set created_at = updated_at, created_by = updated_by;
alter table budget_line alter column created_at set not null, alter column created_by set not null;
