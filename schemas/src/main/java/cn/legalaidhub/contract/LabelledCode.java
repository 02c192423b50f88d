package cn.legalaidhub.contract;

import java.util.Optional;

/**
 * A code of the contract with the Chinese label staff see, e.g. {@code MIGRANT_WORKER} / 农民工.
 * Every enum of the contract implements it.
 */
public interface LabelledCode {

    /** The code as it appears in JSON documents. */
    String code();

    /** The Chinese label, e.g. 农民工. */
    String label();

    /**
     * Finds the constant whose code or Chinese label equals the text (trimmed; codes case-insensitive).
     * Batch files and partner formats often carry the label instead of the code.
     */
    static <E extends Enum<E> & LabelledCode> Optional<E> parse(Class<E> type, String codeOrLabel) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrLabel.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equalsIgnoreCase(text) || constant.label().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
