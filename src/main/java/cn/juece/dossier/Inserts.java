package cn.juece.dossier;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** An insert that answers the new row's generated id, so the row can be announced by id. */
final class Inserts {

    private Inserts() {
    }

    static long returningId(JdbcTemplate jdbc, String sql, Object... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }
}
