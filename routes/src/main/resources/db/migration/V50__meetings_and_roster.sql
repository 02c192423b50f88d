-- Joint meetings (联席会议) with participants' acknowledgements and replies, agenda, minutes and action
-- items; and the copies of cases sent under the three-party liaison roster (三方专人联系).
-- Written to run unchanged on H2 2.x and PostgreSQL 13+.

create table meeting (
    id           varchar(40)   not null primary key,
    convener     varchar(64)   not null,
    region       varchar(6)    not null,
    title        varchar(200)  not null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone,
    place        varchar(200),
    video_link   varchar(500),
    reply_by     timestamp with time zone not null,
    status       varchar(20)   not null,
    note         varchar(2000),
    version      integer       default 0 not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index ix_meeting_convener on meeting (convener, starts_at);

create table meeting_participant (
    meeting_id      varchar(40)  not null references meeting (id),
    agency_id       varchar(64)  not null,
    person          varchar(50),
    role            varchar(50),
    acknowledged_at timestamp with time zone,
    reply           varchar(10),
    reply_person    varchar(50),
    reply_reason    varchar(500),
    replied_at      timestamp with time zone,
    primary key (meeting_id, agency_id)
);
create index ix_meeting_participant_agency on meeting_participant (agency_id);

create table meeting_agenda_item (
    meeting_id   varchar(40)   not null references meeting (id),
    position     integer       not null,
    title        varchar(200)  not null,
    presenter    varchar(100),
    referral_ids varchar(4000),
    primary key (meeting_id, position)
);

create table meeting_minutes (
    meeting_id  varchar(40)    not null primary key references meeting (id),
    text        varchar(20000) not null,
    recorded_by varchar(64)    not null,
    recorded_at timestamp with time zone not null
);

create table action_item (
    id           varchar(64)   not null primary key,
    meeting_id   varchar(40)   not null references meeting (id),
    position     integer       not null,
    title        varchar(500)  not null,
    owner_agency varchar(64)   not null,
    due_date     date          not null,
    referral_ids varchar(4000),
    state        varchar(10)   not null,
    closed_at    timestamp with time zone,
    closed_by    varchar(64),
    closing_note varchar(2000)
);
create index ix_action_item_meeting on action_item (meeting_id, position);
create index ix_action_item_owner on action_item (owner_agency, state);

create table roster_copy (
    referral_id varchar(40)  not null references referral (id),
    agency_id   varchar(64)  not null,
    side        varchar(20)  not null,
    liaisons    varchar(300),
    copied_at   timestamp with time zone not null,
    primary key (referral_id, agency_id)
);
