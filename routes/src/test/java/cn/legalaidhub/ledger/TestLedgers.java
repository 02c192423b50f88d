package cn.legalaidhub.ledger;

import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.rules.TestRules;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The referral ledger on a migrated test database, for the ledger tests of other features. */
public final class TestLedgers {

    private TestLedgers() {
    }

    public static ReferralLedger on(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        return new ReferralLedger(jdbc, transactions(ds), new ClockLedger(jdbc, new ClockPlanner(TestRules.shipped())));
    }

    public static TransactionTemplate transactions(DataSource ds) {
        return new TransactionTemplate(new DataSourceTransactionManager(ds));
    }
}
