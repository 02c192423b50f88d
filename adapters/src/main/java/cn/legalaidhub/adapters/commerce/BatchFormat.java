package cn.legalaidhub.adapters.commerce;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of the template. */
enum BatchFormat {
    CSV(".csv", "text/csv; charset=UTF-8"),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Any other file a workstation puts in its inbox: refused with an explanation. */
    UNSUPPORTED("", "application/octet-stream");

    private final String extension;
    private final String mediaType;

    BatchFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<BatchFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (BatchFormat format : values()) {
            if (format != UNSUPPORTED && name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
