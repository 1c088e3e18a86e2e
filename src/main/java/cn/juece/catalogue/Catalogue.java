package cn.juece.catalogue;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The annual catalogue, minimal for now: every decision starts from a published item
 * (目录化管理). Drafting, publication and adjustment of catalogues come with the catalogue issue.
 */
@Component
public class Catalogue {

    private static final RowMapper<CatalogueItem> ITEM = (rs, row) -> new CatalogueItem(
            rs.getLong("id"), rs.getString("organ"), rs.getString("region"), rs.getInt("catalogue_year"),
            rs.getString("matter"), rs.getString("category"), rs.getString("sponsor_unit"),
            rs.getBoolean("hearing_planned"),
            rs.getDate("target_date") == null ? null : rs.getDate("target_date").toLocalDate(),
            rs.getString("status"));

    private final JdbcTemplate jdbc;

    public Catalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CatalogueItem> item(long id) {
        return jdbc.query("select * from catalogue_item where id = ?", ITEM, id).stream().findFirst();
    }

    public List<CatalogueItem> publishedItems() {
        return jdbc.query("select * from catalogue_item where status = ? order by catalogue_year desc, id",
                ITEM, CatalogueItem.PUBLISHED);
    }

    public long add(CatalogueItem item) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into catalogue_item (organ, region, catalogue_year, matter, category, sponsor_unit,
                        hearing_planned, target_date, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setString(1, item.organ());
            insert.setString(2, item.region());
            insert.setInt(3, item.year());
            insert.setString(4, item.matter());
            insert.setString(5, item.category());
            insert.setString(6, item.sponsorUnit());
            insert.setBoolean(7, item.hearingPlanned());
            insert.setDate(8, item.targetDate() == null ? null : Date.valueOf(item.targetDate()));
            insert.setString(9, item.status());
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }
}
