package cn.legalaidhub.warnings;

import java.math.BigDecimal;
import java.util.List;

/** What a cluster of claims against one employer or project adds up to within the window. */
record ClusterStats(int claims, int people, BigDecimal amount, List<String> channels) {
}
