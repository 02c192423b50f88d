package cn.legalaidhub.documents;

import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.DocumentProvider;
import java.time.Instant;
import java.time.LocalDate;

/** One item of a 容缺受理 checklist: what is missing, who provides it, by when, and what became of it. */
public record MissingDocument(long id, String item, String description, String provider, String providerAgency,
        LocalDate dueDate, State state, Instant requestedAt, Instant resolvedAt, String resolvedBy, String reason) {

    public enum State { PENDING, RECEIVED, WAIVED }

    public String itemLabel() {
        return cn.legalaidhub.contract.LabelledCode.parse(DocumentKind.class, item).map(DocumentKind::label).orElse(item);
    }

    public String providerLabel() {
        return cn.legalaidhub.contract.LabelledCode.parse(DocumentProvider.class, provider).map(DocumentProvider::label)
                .orElse(provider);
    }
}
