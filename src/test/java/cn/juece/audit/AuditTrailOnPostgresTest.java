package cn.juece.audit;

import cn.juece.PostgresTest;

/** {@link AuditTrailTest} on PostgreSQL: the hash chain appended under the row lock of audit_head, also concurrently. */
@PostgresTest
class AuditTrailOnPostgresTest extends AuditTrailTest {
}
