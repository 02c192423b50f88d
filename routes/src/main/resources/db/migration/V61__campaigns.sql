-- Daily zero-report campaigns (零报告, 一日一报): a campaign's window, cut-off and categories, its
-- reporting units, each unit's report of each day (latest revision) and every submission kept with
-- its time, and the days whose clocks were started (one row per day: two replicas start them once).
-- Written to run unchanged on H2 2.x and PostgreSQL 13+.

create table campaign (
    id         varchar(40)  not null primary key,
    owner      varchar(64)  not null,
    title      varchar(200) not null,
    region     varchar(6)   not null,
    start_date date         not null,
    end_date   date         not null,
    cutoff     varchar(5)   not null,
    categories varchar(2000) not null,
    created_at timestamp with time zone not null
);
create index ix_campaign_owner on campaign (owner);
create index ix_campaign_window on campaign (end_date, start_date);

create table campaign_unit (
    campaign_id varchar(40) not null references campaign (id),
    agency_id   varchar(64) not null,
    primary key (campaign_id, agency_id)
);
create index ix_campaign_unit_agency on campaign_unit (agency_id);

create table campaign_day (
    campaign_id varchar(40) not null references campaign (id),
    report_day  date        not null,
    started_at  timestamp with time zone not null,
    primary key (campaign_id, report_day)
);

create table campaign_report (
    campaign_id        varchar(40)   not null references campaign (id),
    agency_id          varchar(64)   not null,
    report_day         date          not null,
    nil_report         boolean       not null,
    counts             varchar(2000) not null,
    note               varchar(500),
    revision           integer       not null,
    late               boolean       not null,
    first_submitted_at timestamp with time zone not null,
    submitted_at       timestamp with time zone not null,
    primary key (campaign_id, agency_id, report_day)
);

create table campaign_report_revision (
    campaign_id  varchar(40)   not null,
    agency_id    varchar(64)   not null,
    report_day   date          not null,
    revision     integer       not null,
    nil_report   boolean       not null,
    counts       varchar(2000) not null,
    note         varchar(500),
    late         boolean       not null,
    submitted_at timestamp with time zone not null,
    primary key (campaign_id, agency_id, report_day, revision)
);
