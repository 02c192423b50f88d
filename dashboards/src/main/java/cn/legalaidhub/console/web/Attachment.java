package cn.legalaidhub.console.web;

import cn.legalaidhub.console.hub.ConsoleDoors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file a door answered, streamed to the browser under a Chinese name: {@code filename*} (RFC 5987, UTF-8) for
 * browsers, {@code filename} with the ASCII fallback for the others.
 */
public final class Attachment {

    private Attachment() {
    }

    public static String disposition(String asciiName, String chineseName) {
        String fallback = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(chineseName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Streams the file, or answers the door's status with its problem in Chinese when there is none. */
    public static void send(ConsoleDoors.HubFile file, String asciiName, String chineseName, HttpServletResponse response)
            throws IOException {
        if (!file.ok()) {
            response.sendError(file.status(), file.problem() == null ? null : ChineseText.of(file.problem().detail()));
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", disposition(asciiName, chineseName));
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
