-- Staff accounts of the web console (/console). One row per person; each belongs to one agency of the
-- registry and has one role (cn.legalaidhub.contract.StaffRole). Passwords are kept only as
-- Spring Security DelegatingPasswordEncoder hashes ({bcrypt}...). Runs unchanged on H2 2.x and PostgreSQL.
create table console_user (
    username        varchar(64)  not null primary key,
    agency_id       varchar(64)  not null,
    role            varchar(20)  not null,
    display_name    varchar(100) not null,
    password_hash   varchar(200) not null,
    enabled         boolean      not null,
    failed_attempts integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(64),
    last_login_at   timestamp with time zone
);
create index ix_console_user_agency on console_user (agency_id, username);
