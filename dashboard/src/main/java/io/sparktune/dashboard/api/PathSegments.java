package io.sparktune.dashboard.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw (still percent-encoded) path into its decoded segments, so that a study id may hold
 * spaces and any other character: {@code /studies/my%20study/best} is {@code [studies, my study, best]}.
 * A {@code +} stays a plus sign (it means a space only in query strings). (Jetty refuses an encoded
 * slash, {@code %2F}, before this servlet sees it: a study whose id holds a {@code /} cannot be
 * addressed.)
 */
final class PathSegments {

    private PathSegments() {
    }

    /**
     * The decoded segments of {@code rawPath}; one leading and one trailing slash are ignored.
     *
     * @throws ApiException 400 when a percent escape or its UTF-8 is malformed
     */
    static List<String> split(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String raw : path.split("/", -1)) {
            segments.add(decode(raw));
        }
        return segments;
    }

    /** One decoded segment. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw malformed(raw);
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw malformed(raw);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the path segment \"" + raw + "\" is not UTF-8 once decoded");
        }
    }

    private static ApiException malformed(String raw) {
        return ApiException.badRequest("the path segment \"" + raw
                + "\" has a malformed percent escape: % must be followed by two hex digits");
    }
}
