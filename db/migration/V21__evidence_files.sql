-- Issue 11, evidence files: a piece of evidence may carry a file. What a list of evidence shows
-- (name, size, type detected from the bytes, SHA-256) sits on the evidence row; the bytes sit in
-- a table of their own, read only when someone downloads the file. A piece of evidence needs a
-- reference (a link or where it is kept), a file, or both.

alter table assessment_evidence alter column reference drop not null;

alter table assessment_evidence
    add column file_name   varchar(255) check (length(trim(file_name)) > 0),
    add column file_type   varchar(100),
    add column file_size   bigint       check (file_size >= 0),
    add column file_sha256 varchar(64)  check (file_sha256 ~ '^[0-9a-f]{64}$');

alter table assessment_evidence
    add constraint assessment_evidence_file_whole check (
        (file_name is null) = (file_type is null)
        and (file_name is null) = (file_size is null)
        and (file_name is null) = (file_sha256 is null)),
    add constraint assessment_evidence_reference_or_file check (reference is not null or file_name is not null);

create table assessment_evidence_file (
    evidence_id bigint primary key references assessment_evidence (id),
    content     bytea  not null
);

-- The "no current evidence" rule asks for an assessment's current evidence.
create index assessment_evidence_current on assessment_evidence (assessment_id) where removed_at is null;
