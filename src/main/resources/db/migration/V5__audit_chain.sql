-- The audit trail: every state change appended as one link of a hash chain, so that a row
-- changed or removed later, here or in the dossier it vouches for, is found by re-hashing.
-- seq is assigned under the lock on audit_head, never by a sequence: a rolled-back change
-- must leave no gap, and a gap must mean a deleted link.
create table audit_entry (
    seq          bigint        primary key,
    recorded_at  timestamp with time zone not null,
    actor        varchar(100)  not null,
    kind         varchar(40)   not null,
    subject      varchar(200)  not null,
    payload      clob          not null,
    prev_hash    char(64)      not null,
    hash         char(64)      not null
);
create index audit_entry_subject on audit_entry (kind, subject);

-- The one row every append locks (select ... for update), on one node or several: two
-- appends never read the same head, so the chain never forks. It also holds the last link,
-- so removing links from the end of the chain is detected too.
create table audit_head (
    id         int       primary key,
    last_seq   bigint    not null,
    last_hash  char(64)  not null
);
insert into audit_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
