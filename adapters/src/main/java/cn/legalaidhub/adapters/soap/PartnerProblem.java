package cn.legalaidhub.adapters.soap;

/**
 * One problem with a partner's document: {@code field} is the path in the partner's own format (e.g.
 * {@code applicant/certNo}, {@code dangshiren/zjhm}), {@code pointer} the JSON pointer in the canonical
 * document the hub checked, {@code code} the kind of problem, {@code message} English + Chinese.
 */
public record PartnerProblem(String field, String pointer, String code, String message) {
}
