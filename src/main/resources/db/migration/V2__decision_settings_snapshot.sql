-- Settings a rule reads at the meeting gate are frozen with the decision when it is
-- proposed: a process variable could be changed through the engine API, this row cannot.
alter table decision add column party_committee_report_required boolean default true not null;
