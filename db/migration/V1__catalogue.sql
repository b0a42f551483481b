-- The catalogue of National Force Action Plan requirements. A force may import its own
-- (restricted) NFAP as a new catalogue version; requirements keep stable codes across
-- versions, so assessments recorded against a code survive a new version.

create table catalogue_section (
    code          varchar(6)   primary key check (code ~ '^[A-Z]{2,6}$'),
    name          varchar(120) not null unique,
    description   varchar(500) not null,
    display_order integer      not null unique
);

insert into catalogue_section (code, name, description, display_order) values
 ('GOV', 'Governance and information management strategy', 'A chief-officer-owned strategy covering all business areas, with named responsibilities.', 1),
 ('COL', 'Collection', 'Information is collected only for a policing purpose.', 2),
 ('REC', 'Recording', 'Records are accurate, adequate, relevant and timely, to national standards.', 3),
 ('EVA', 'Evaluation', 'Provenance and reliability are graded (intelligence 5x5x5) and follow-up actions are managed.', 4),
 ('CPR', 'Common process', 'One process across business areas: indexing, linking and public-protection records.', 5),
 ('SHR', 'Sharing', 'Information is shared on a legal basis, proportionately, under reviewed Information Sharing Agreements.', 6),
 ('RRD', 'Review, retention and disposal', 'Information is kept only while needed, against national retention criteria and review periods, with recorded decisions.', 7),
 ('DQ', 'Information quality', 'Data-quality standards, audits and remediation.', 8),
 ('SYS', 'IT systems', 'Searchable, retrievable records and readiness for national systems (IMPACT, the Police National Database).', 9),
 ('SEC', 'Security', 'Protective marking, need-to-know access and vetting.', 10),
 ('TRN', 'Training and awareness', 'Everyone who records or uses police information is trained.', 11),
 ('AUD', 'Audit and monitoring', 'Compliance audits and inspection by HMIC.', 12);

create table catalogue_version (
    id                bigserial    primary key,
    name              varchar(120) not null,
    version_label     varchar(40)  not null,
    illustrative      boolean      not null,
    active            boolean      not null,
    source_file_name  varchar(255) not null,
    requirement_count integer      not null check (requirement_count > 0),
    imported_at       timestamptz  not null,
    imported_by       varchar(60)  not null,
    unique (name, version_label)
);

-- At most one catalogue version is in force at a time.
create unique index catalogue_version_one_active on catalogue_version (active) where active;

create table requirement (
    id                   bigserial     primary key,
    catalogue_version_id bigint        not null references catalogue_version (id),
    code                 varchar(12)   not null check (code ~ '^[A-Z]{2,6}-[0-9]{2,3}$'),
    section_code         varchar(6)    not null references catalogue_section (code),
    title                varchar(200)  not null check (length(trim(title)) > 0),
    description          varchar(1000) not null check (length(trim(description)) > 0),
    fair_criteria        varchar(1000) not null check (length(trim(fair_criteria)) > 0),
    good_criteria        varchar(1000) not null check (length(trim(good_criteria)) > 0),
    excellent_criteria   varchar(1000) not null check (length(trim(excellent_criteria)) > 0),
    assessed_per         varchar(5)    not null check (assessed_per in ('AREA', 'FORCE')),
    display_order        integer       not null,
    unique (catalogue_version_id, code),
    check (fair_criteria <> good_criteria and good_criteria <> excellent_criteria and fair_criteria <> excellent_criteria)
);

create index requirement_section on requirement (catalogue_version_id, section_code, display_order);
