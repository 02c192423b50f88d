package cn.legalaidhub.ledger;

import java.util.List;

public record InboxPage(List<OutboundMessage> items, int page, int size, long remaining) {
}
