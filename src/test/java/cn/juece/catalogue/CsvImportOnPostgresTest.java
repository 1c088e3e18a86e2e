package cn.juece.catalogue;

import cn.juece.PostgresTest;

/** {@link CsvImportTest} on PostgreSQL: the catalogue CSV import, all rows or none. */
@PostgresTest
class CsvImportOnPostgresTest extends CsvImportTest {
}
