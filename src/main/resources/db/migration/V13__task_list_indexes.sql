-- The task list's 已办 tab asks Camunda for a user's completed tasks, newest first, 200 of them.
-- Camunda indexes ACT_HI_TASKINST by process instance and by times, not by assignee: at 100k
-- decisions (about 1.7M task rows) that query read the whole table (issue 6.2, see the latency
-- benchmark). Camunda's tables exist by now: the engine creates them as it starts, before Flyway.
create index juece_hi_task_assignee_end on ACT_HI_TASKINST (ASSIGNEE_, END_TIME_);
