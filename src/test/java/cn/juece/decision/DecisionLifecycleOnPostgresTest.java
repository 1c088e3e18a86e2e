package cn.juece.decision;

import cn.juece.PostgresTest;

/** {@link DecisionLifecycleTest} on PostgreSQL: one decision from proposal to archive through every stage. */
@PostgresTest
class DecisionLifecycleOnPostgresTest extends DecisionLifecycleTest {
}
