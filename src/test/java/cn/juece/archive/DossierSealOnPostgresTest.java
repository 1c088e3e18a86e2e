package cn.juece.archive;

import cn.juece.PostgresTest;

/** {@link DossierSealTest} on PostgreSQL: files stored as bytea with their SHA-256, and the sealed archive. */
@PostgresTest
class DossierSealOnPostgresTest extends DossierSealTest {
}
