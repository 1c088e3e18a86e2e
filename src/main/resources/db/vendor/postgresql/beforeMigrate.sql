-- The migrations name H2's large-object types; on PostgreSQL they are domains over text and
-- bytea, so V1-V9 run unchanged (and keep their checksums) and JDBC reads them as before:
-- getString on text, getBytes and getBinaryStream on bytea. Runs before every migrate, so once only.
do $$
begin
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'clob' and n.nspname = current_schema()) then
        create domain clob as text;
    end if;
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'blob' and n.nspname = current_schema()) then
        create domain blob as bytea;
    end if;
end
$$;
