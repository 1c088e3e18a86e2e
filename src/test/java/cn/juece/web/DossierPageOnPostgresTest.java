package cn.juece.web;

import cn.juece.PostgresTest;

/** {@link DossierPageTest} on PostgreSQL: the dossier page, and files uploaded and downloaded byte for byte from bytea. */
@PostgresTest
class DossierPageOnPostgresTest extends DossierPageTest {
}
