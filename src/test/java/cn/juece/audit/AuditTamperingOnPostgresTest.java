package cn.juece.audit;

import cn.juece.PostgresTest;

/** {@link AuditTamperingTest} on PostgreSQL: edits, replaced files and deleted links made in the database are found. */
@PostgresTest
class AuditTamperingOnPostgresTest extends AuditTamperingTest {
}
