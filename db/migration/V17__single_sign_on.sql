-- Single sign-on with OpenID Connect (issue 10, item 7).
--
-- A person who signs in through the identity provider gets an app_user row of their own, found
-- again by the provider's issuer and subject (never by username, so nobody at the provider can
-- take over a local account by choosing its name). Such a row has no usable password: local
-- sign-in refuses it. Its role, areas and name are re-derived from the person's groups at every
-- sign-in; when their groups give no access any more, the row is marked access_pending and the
-- account counts as disabled until a later sign-in maps again.
alter table app_user
    add column oidc_issuer    varchar(300),
    add column oidc_subject   varchar(255),
    add column access_pending boolean not null default false,
    add constraint app_user_oidc_identity check ((oidc_issuer is null) = (oidc_subject is null)),
    add constraint app_user_pending_is_sso check (not access_pending or oidc_subject is not null),
    add constraint app_user_sso_no_password check (oidc_subject is null or password_hash = '{sso}');

create unique index app_user_oidc on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;

-- Which of the provider's groups give which role; an area-owner group names one business area.
create table identity_group_mapping (
    id                 bigserial    primary key,
    group_name         varchar(200) not null check (length(trim(group_name)) > 0),
    role               varchar(20)  not null check (role in ('ADMIN', 'PROGRAMME_TEAM', 'AREA_OWNER', 'BOARD')),
    business_area_code varchar(6)   references business_area (code),
    version            bigint       not null,
    created_at         timestamptz  not null,
    created_by         varchar(60)  not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(60)  not null,
    check ((role = 'AREA_OWNER') = (business_area_code is not null))
);

create unique index identity_group_mapping_once
    on identity_group_mapping (group_name, role, coalesce(business_area_code, ''));
