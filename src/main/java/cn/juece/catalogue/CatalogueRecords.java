package cn.juece.catalogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The catalogue and catalogue_item tables. */
@Repository
class CatalogueRecords {

    private static final RowMapper<AnnualCatalogue> CATALOGUE = (rs, row) -> new AnnualCatalogue(
            rs.getLong("id"), rs.getString("organ"), rs.getString("region"), rs.getInt("catalogue_year"),
            rs.getString("status"), rs.getString("created_by"), instant(rs, "created_at"),
            date(rs, "consent_date"), rs.getString("consent_text"), rs.getString("consent_recorded_by"),
            instant(rs, "consent_recorded_at"), rs.getString("published_by"), instant(rs, "published_at"));

    private static final RowMapper<CatalogueItem> ITEM = (rs, row) -> new CatalogueItem(
            rs.getLong("id"), rs.getLong("catalogue_id"), rs.getString("organ"), rs.getString("region"),
            rs.getInt("catalogue_year"), rs.getString("matter"), rs.getString("category"),
            rs.getString("sponsor_unit"), rs.getString("required_procedures"), rs.getBoolean("hearing_planned"),
            date(rs, "target_date"), rs.getString("status"));

    private final JdbcTemplate jdbc;

    CatalogueRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnnualCatalogue> catalogue(long id) {
        return jdbc.query("select * from catalogue where id = ?", CATALOGUE, id).stream().findFirst();
    }

    Optional<AnnualCatalogue> catalogue(String organ, int year) {
        return jdbc.query("select * from catalogue where organ = ? and catalogue_year = ?", CATALOGUE, organ, year)
                .stream().findFirst();
    }

    List<AnnualCatalogue> catalogues(String status) {
        return status == null
                ? jdbc.query("select * from catalogue order by catalogue_year desc, organ, id", CATALOGUE)
                : jdbc.query("select * from catalogue where status = ? order by catalogue_year desc, organ, id",
                        CATALOGUE, status);
    }

    long insertCatalogue(String organ, String region, int year, String status, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into catalogue (organ, region, catalogue_year, status, created_by, created_at,
                        published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            boolean published = AnnualCatalogue.PUBLISHED.equals(status);
            insert.setString(1, organ);
            insert.setString(2, region);
            insert.setInt(3, year);
            insert.setString(4, status);
            insert.setString(5, actor);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setString(7, published ? actor : null);
            insert.setTimestamp(8, published ? Timestamp.from(now) : null);
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    void consent(long id, LocalDate date, String text, String actor, Instant now) {
        jdbc.update("""
                update catalogue set consent_date = ?, consent_text = ?, consent_recorded_by = ?,
                    consent_recorded_at = ? where id = ?""", Date.valueOf(date), text, actor, Timestamp.from(now), id);
    }

    void published(long id, String actor, Instant now) {
        jdbc.update("update catalogue set status = ?, published_by = ?, published_at = ? where id = ?",
                AnnualCatalogue.PUBLISHED, actor, Timestamp.from(now), id);
        jdbc.update("update catalogue_item set status = ? where catalogue_id = ? and status = ?",
                CatalogueItem.PUBLISHED, id, CatalogueItem.DRAFT);
    }

    Optional<CatalogueItem> item(long id) {
        return jdbc.query("select * from catalogue_item where id = ?", ITEM, id).stream().findFirst();
    }

    List<CatalogueItem> items(long catalogueId) {
        return jdbc.query("select * from catalogue_item where catalogue_id = ? order by id", ITEM, catalogueId);
    }

    /** Items in force: of a published catalogue, published themselves, not removed. */
    List<CatalogueItem> startableItems() {
        return jdbc.query("""
                select i.* from catalogue_item i join catalogue c on c.id = i.catalogue_id
                where c.status = ? and i.status = ? order by i.catalogue_year desc, i.id""",
                ITEM, AnnualCatalogue.PUBLISHED, CatalogueItem.PUBLISHED);
    }

    long insertItem(AnnualCatalogue catalogue, ItemFields fields, String status) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into catalogue_item (catalogue_id, organ, region, catalogue_year, matter, category,
                        sponsor_unit, required_procedures, hearing_planned, target_date, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, catalogue.id());
            insert.setString(2, catalogue.organ());
            insert.setString(3, catalogue.region());
            insert.setInt(4, catalogue.year());
            insert.setString(5, fields.matter());
            insert.setString(6, fields.category());
            insert.setString(7, fields.sponsorUnit());
            insert.setString(8, fields.requiredProcedures());
            insert.setBoolean(9, fields.hearingPlanned());
            insert.setDate(10, fields.targetDate() == null ? null : Date.valueOf(fields.targetDate()));
            insert.setString(11, status);
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    void updateItem(long id, ItemFields fields) {
        jdbc.update("""
                update catalogue_item set matter = ?, category = ?, sponsor_unit = ?, required_procedures = ?,
                    hearing_planned = ?, target_date = ? where id = ?""",
                fields.matter(), fields.category(), fields.sponsorUnit(), fields.requiredProcedures(),
                fields.hearingPlanned(), fields.targetDate() == null ? null : Date.valueOf(fields.targetDate()), id);
    }

    void itemStatus(long id, String status) {
        jdbc.update("update catalogue_item set status = ? where id = ?", status, id);
    }

    void deleteItem(long id) {
        jdbc.update("delete from catalogue_item where id = ?", id);
    }

    /**
     * Decisions on the item not yet archived. Read from the decision table directly: the decision
     * capability depends on the catalogue, so asking it through its service would be a cycle.
     */
    int runningDecisions(long itemId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from decision where catalogue_item_id = ? and archived_at is null", Integer.class,
                itemId);
        return count == null ? 0 : count;
    }

    int decisions(long itemId) {
        Integer count = jdbc.queryForObject("select count(*) from decision where catalogue_item_id = ?",
                Integer.class, itemId);
        return count == null ? 0 : count;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
