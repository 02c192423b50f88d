package cn.legalaidhub.web;

/** An error that becomes a problem answer with the given status. */
public class HubException extends RuntimeException {

    private final transient Problem problem;

    public HubException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static HubException notFound(String detail) {
        return new HubException(Problem.of(404, "Not found 未找到", detail));
    }

    public static HubException forbidden(String detail) {
        return new HubException(Problem.of(403, "Forbidden 无权操作", detail));
    }
}
