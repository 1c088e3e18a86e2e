-- A normative document (行政规范性文件) is registered as a decision of category
-- NORMATIVE_DOCUMENT so that its dossier, legality review and meeting run unchanged; it is
-- not a catalogue matter (目录化管理 governs major decisions), so only that category may
-- leave the catalogue item empty.
alter table decision alter column catalogue_item_id drop not null;
alter table decision add constraint decision_catalogue_item_or_normative
    check (catalogue_item_id is not null or category = 'NORMATIVE_DOCUMENT');

-- 统一登记、统一编号: one number per document, sequential per issuing organ and year.
create table normative_number (
    decision_id  bigint       not null primary key references decision (id),
    organ        varchar(40)  not null,
    number_year  int          not null,
    sequence_no  int          not null,
    number       varchar(100) not null unique,
    assigned_at  timestamp    not null,
    constraint normative_number_sequence unique (organ, number_year, sequence_no)
);
