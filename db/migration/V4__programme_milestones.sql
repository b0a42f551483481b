-- Milestones of the programme. The Home Office milestones of the National Force Action Plan
-- are reference data; projects add their own later.

create table milestone (
    id            bigserial    primary key,
    code          varchar(20)  not null unique check (code ~ '^[A-Z0-9-]{2,20}$'),
    title         varchar(200) not null,
    description   varchar(1000) not null,
    kind          varchar(20)  not null check (kind in ('HOME_OFFICE', 'PROJECT')),
    due_date      date         not null,
    baseline      boolean      not null default false
);

insert into milestone (code, title, description, kind, due_date, baseline) values
 ('HO-2006-CA', '2006 Capability Assessment',
  'Every force assesses its capability against the National Force Action Plan. This is the baseline the programme measures progress from.',
  'HOME_OFFICE', '2006-12-31', true),
 ('HO-2007-FAIR', 'Fair compliance in key areas',
  'Forces demonstrate Fair compliance for the key requirements in the six priority business areas.',
  'HOME_OFFICE', '2007-03-31', false),
 ('HO-2007-PLAN', 'Fully funded Action Plan',
  'Forces submit a fully funded Action Plan describing how full compliance will be reached by December 2010.',
  'HOME_OFFICE', '2007-12-31', false),
 ('HO-2010-FULL', 'Full compliance',
  'Full compliance with the Code of Practice and the Guidance on the Management of Police Information, across all business areas.',
  'HOME_OFFICE', '2010-12-31', false);
