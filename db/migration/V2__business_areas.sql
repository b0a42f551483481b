-- The business areas a force holds police information in. The six priority areas are the
-- ones the National Force Action Plan applied to first.

create table business_area (
    code          varchar(6)   primary key check (code ~ '^[A-Z]{2,6}$'),
    name          varchar(120) not null unique,
    description   varchar(500) not null,
    priority      boolean      not null,
    display_order integer      not null unique
);

insert into business_area (code, name, description, priority, display_order) values
 ('CRM', 'Crime', 'Crime reports, investigations and their outcomes.', true, 1),
 ('INT', 'Intelligence', 'Intelligence reports, their grading and dissemination.', true, 2),
 ('CPT', 'Child Protection', 'Child abuse investigation and child protection referrals.', true, 3),
 ('FRR', 'Firearms (Refusal & Revocation)', 'Firearm and shotgun certificate refusals and revocations.', true, 4),
 ('DV', 'Domestic Violence', 'Domestic violence incidents, risk assessments and referrals.', true, 5),
 ('CUS', 'Custody', 'Custody records, detainee information and biometrics taken in custody.', true, 6),
 ('MIS', 'Missing Persons', 'Missing person reports, risk assessments and returns.', false, 7),
 ('RDP', 'Roads Policing', 'Collisions, traffic offences and roads intelligence.', false, 8),
 ('POR', 'Public Order', 'Public order events, planning and post-event records.', false, 9),
 ('CT', 'Counter Terrorism', 'Counter-terrorism and domestic extremism information.', false, 10),
 ('PSD', 'Professional Standards', 'Complaints, misconduct and professional standards investigations.', false, 11),
 ('CHD', 'Call Handling', 'Emergency and non-emergency calls and incident logs.', false, 12),
 ('CSF', 'Case Files', 'Prosecution case files prepared for the Crown Prosecution Service.', false, 13),
 ('PPU', 'Public Protection (MAPPA)', 'Management of violent and sex offenders under MAPPA, including ViSOR.', false, 14),
 ('MCR', 'Major Crime', 'Major incident rooms and HOLMES investigations.', false, 15),
 ('ECR', 'Economic Crime', 'Fraud, money laundering and asset recovery.', false, 16),
 ('CHS', 'Covert Human Sources', 'Source registration, handling and tasking records.', false, 17),
 ('FOR', 'Forensics', 'Forensic submissions, DNA and fingerprint records.', false, 18),
 ('PRP', 'Property', 'Found, seized and detained property records.', false, 19),
 ('LIC', 'Licensing', 'Alcohol, entertainment and other licensing records.', false, 20),
 ('SAS', 'Stop and Search', 'Stop and account and stop and search records.', false, 21),
 ('VET', 'Vetting and Disclosure', 'Vetting enquiries and disclosures for employment checks.', false, 22);
