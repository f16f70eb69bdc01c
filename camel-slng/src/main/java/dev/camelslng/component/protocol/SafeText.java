package dev.camelslng.component.protocol;

import java.util.regex.Pattern;

/**
 * Text that may go into a message or a log. Presigned URLs carry their credentials in the query string, and a server's
 * body may quote such URLs (a batch file list, an S3 error), so queries are cut wherever a URL is shown.
 */
public final class SafeText {

    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s\"'<>?#]*)[?#][^\\s\"'<>]*");

    private SafeText() {
    }

    /** The URL without its query string or fragment; it need not parse. */
    public static String withoutQuery(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return url.substring(0, end);
    }

    /** Any text, with the query string of every http(s) URL in it cut off. */
    public static String withoutUrlQueries(String text) {
        return text == null ? null : URL_QUERY.matcher(text).replaceAll("$1");
    }
}
