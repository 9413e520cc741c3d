package vn.bentre.ocop.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A rendered page whose CSP nonce belongs to its content, so the page, its ETag and its Content-Security-Policy
 * always travel together: a {@code 304} for that ETag and a copy from the page cache carry the very header the
 * browser's stored body was served with, and its inline scripts keep running on a return visit.
 *
 * <p>PrimeFaces gives every response a random nonce (in the header, on every script and in the forms) and its
 * start-up script a random id. The ETag is hashed over the body without them; the nonce is then replaced, in the
 * body and in the policy, by one derived from that ETag. The same content gives the same nonce on every node and
 * every render; an attacker who injects markup cannot know the nonce of a page that will contain the injection
 * (it is derived from the page including it). The derived nonce has PrimeFaces' own format (Base64 of a UUID), so
 * PrimeFaces accepts it back from ajax requests of the page and puts it on the scripts its answers evaluate.
 *
 * @param body the bytes to send, in the response's charset, with the derived nonce
 * @param policy the Content-Security-Policy to send with them (null when the response had none)
 * @param etag a strong ETag of the content
 */
public record SealedPage(byte[] body, String policy, String etag) {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private static final Pattern SCRIPT_ID =
            Pattern.compile("<script id=\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    /** Seals a rendered body with the policy it was rendered under. */
    public static SealedPage of(byte[] body, Charset charset, String policy) {
        var nonce = policy == null ? null : NONCE.matcher(policy);
        if (nonce == null || !nonce.find()) {
            return new SealedPage(body, policy, etag(sha256(body)));
        }
        String random = nonce.group(1);
        String page = new String(body, charset);
        String content = page.replace(random, "");
        // PrimeFaces also gives its start-up script a random id, which the script uses to remove itself.
        var ids = SCRIPT_ID.matcher(content);
        while (ids.find()) {
            content = content.replace(ids.group(1), "");
            ids = SCRIPT_ID.matcher(content);
        }
        byte[] digest = sha256(content.getBytes(charset));
        String derived = nonceOf(digest);
        return new SealedPage(
                page.replace(random, derived).getBytes(charset), policy.replace(random, derived), etag(digest));
    }

    /** The nonce in a Content-Security-Policy, or null. */
    public static String nonceIn(String policy) {
        var nonce = policy == null ? null : NONCE.matcher(policy);
        return nonce != null && nonce.find() ? nonce.group(1) : null;
    }

    /** A nonce in PrimeFaces' format (Base64 of a UUID's text), from a hash of the content. */
    static String nonceOf(byte[] contentDigest) {
        byte[] bits = sha256(ByteBuffer.allocate(contentDigest.length + 6)
                .put("nonce:".getBytes(StandardCharsets.US_ASCII))
                .put(contentDigest)
                .array());
        var buffer = ByteBuffer.wrap(bits);
        var uuid = new UUID(buffer.getLong(), buffer.getLong());
        return Base64.getEncoder().encodeToString(uuid.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String etag(byte[] digest) {
        return "\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
