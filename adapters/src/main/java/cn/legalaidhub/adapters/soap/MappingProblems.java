package cn.legalaidhub.adapters.soap;

import java.util.ArrayList;
import java.util.List;

/** Problems found while mapping a partner document (e.g. unknown codes), named by the partner's field. */
public final class MappingProblems {

    private final List<PartnerProblem> problems = new ArrayList<>();

    public void add(String field, String pointer, String code, String message) {
        problems.add(new PartnerProblem(field, pointer, code, message));
    }

    public List<PartnerProblem> all() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
