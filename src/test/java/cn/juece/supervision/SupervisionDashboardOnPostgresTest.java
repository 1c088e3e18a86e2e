package cn.juece.supervision;

import cn.juece.PostgresTest;

/** {@link SupervisionDashboardTest} on PostgreSQL: the dashboard's figures for a small seed. */
@PostgresTest
class SupervisionDashboardOnPostgresTest extends SupervisionDashboardTest {
}
