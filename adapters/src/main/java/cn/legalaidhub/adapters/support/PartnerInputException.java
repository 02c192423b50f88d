package cn.legalaidhub.adapters.support;

import java.util.List;

/** A partner's document was refused; every problem is named at once (一次性告知). */
public class PartnerInputException extends RuntimeException {

    private final int status;
    private final transient List<FieldProblem> problems;

    public PartnerInputException(String message, List<FieldProblem> problems) {
        this(400, message, problems);
    }

    public PartnerInputException(int status, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
