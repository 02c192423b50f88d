package cn.legalaidhub.web;

import java.util.List;

/** Input refused at the door; carries every problem found, each with its JSON pointer (一次性告知). */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(String message, List<Problem.FieldError> errors) {
        super(message + ": " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
