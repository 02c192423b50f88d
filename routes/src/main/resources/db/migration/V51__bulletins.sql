-- Information bulletins (工作信息通报): what was published to which topic, who received it and when
-- each acknowledged, the attachments' bytes (size-limited), and the agencies' subscriptions.
-- Written to run unchanged on H2 2.x and PostgreSQL 13+.

create table bulletin (
    id           varchar(40)    not null primary key,
    publisher    varchar(64)    not null,
    category     varchar(20)    not null,
    region       varchar(6),
    agency_kinds varchar(300),
    title        varchar(200)   not null,
    body         varchar(20000) not null,
    requires_ack boolean        not null,
    published_at timestamp with time zone not null
);
create index ix_bulletin_publisher on bulletin (publisher, published_at);

create table bulletin_recipient (
    bulletin_id     varchar(40)  not null references bulletin (id),
    agency_id       varchar(64)  not null,
    acknowledged_at timestamp with time zone,
    ack_note        varchar(500),
    primary key (bulletin_id, agency_id)
);
create index ix_bulletin_recipient_agency on bulletin_recipient (agency_id);

create table bulletin_attachment (
    bulletin_id varchar(40)  not null references bulletin (id),
    position    integer      not null,
    name        varchar(200) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    primary key (bulletin_id, position)
);

-- IN: also receive this category for topics within the region; OUT: not by default (bulletins that
-- require acknowledgement reach every agency of their topic all the same)
create table bulletin_subscription (
    agency_id  varchar(64) not null,
    category   varchar(20) not null,
    mode       varchar(3)  not null,
    region     varchar(6)  not null,
    updated_at timestamp with time zone not null,
    primary key (agency_id, category, mode, region)
);
