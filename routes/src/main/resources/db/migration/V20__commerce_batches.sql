-- Batch files of chamber-of-commerce workstations (adapters/docs/commerce.md): one row per file
-- received over SFTP or HTTPS upload, with its progress and summary. Runs on H2 2.x and PostgreSQL.
create table commerce_batch (
    id             varchar(40)   not null primary key,
    agency         varchar(64)   not null,
    file_name      varchar(255)  not null,
    format         varchar(10)   not null,
    channel        varchar(10)   not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    status         varchar(20)   not null,
    rows_read      integer       not null default 0,
    rows_accepted  integer       not null default 0,
    rows_duplicate integer       not null default 0,
    rows_rejected  integer       not null default 0,
    error          varchar(4000),
    result_file    varchar(500),
    received_at    timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone
);
create index ix_commerce_batch_agency on commerce_batch (agency, received_at);
create index ix_commerce_batch_status on commerce_batch (status);

-- Every intake refreshes the referral's overdue flag with a lookup of its clocks by referral_id
-- (ReferralLedger.refreshOverdue); without this index that lookup scans all clocks, so a
-- 100,000-row batch file slows down as it goes (found by CommerceBatchBenchmark).
create index ix_clock_by_referral on clock (referral_id);
