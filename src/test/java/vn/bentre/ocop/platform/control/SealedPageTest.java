package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A page's CSP nonce belongs to its content: two renders of the same page (each with PrimeFaces' random nonce and
 * script id) give the same ETag and the same policy, which is what a 304 and a page-cache hit then carry.
 */
class SealedPageTest {

    static final String POLICY = "default-src 'self'; frame-ancestors 'none'; script-src 'self' 'nonce-%s'";

    /** A page as PrimeFaces renders it: the nonce on the scripts and in the form, a random start-up script id. */
    static byte[] render(String title, String nonce) {
        return ("<html><body><h1>" + title + "</h1><form><input type=\"hidden\" name=\"primefaces.nonce\" value=\""
                        + nonce + "\"/></form><script nonce=\"" + nonce + "\">new Chart(ctx, {});</script>"
                        + "<script id=\"" + UUID.randomUUID() + "\" nonce=\"" + nonce + "\">PrimeFaces.csp.init('"
                        + nonce + "');</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String randomNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    static SealedPage seal(String title) {
        String nonce = randomNonce();
        return SealedPage.of(render(title, nonce), StandardCharsets.UTF_8, POLICY.formatted(nonce));
    }

    @Test
    void twoRendersOfTheSamePageCarryTheSameEtagAndTheSamePolicy() {
        var first = seal("Chương trình OCOP");
        var second = seal("Chương trình OCOP");

        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(second.policy()).isEqualTo(first.policy());
    }

    @Test
    void theBodysScriptsAndFormCarryThePolicysNonceWhichPrimeFacesAcceptsBack() {
        var sealed = seal("Tin tức");
        String nonce = SealedPage.nonceIn(sealed.policy());
        String body = new String(sealed.body(), StandardCharsets.UTF_8);

        assertThat(body)
                .contains("<script nonce=\"" + nonce + "\">", "value=\"" + nonce + "\"", "csp.init('" + nonce + "')")
                .contains("<h1>Tin tức</h1>");
        // PrimeFaces checks a posted nonce this way (CspState.validate): Base64 of a UUID's text.
        assertThat(UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.US_ASCII)))
                .isNotNull();
    }

    @Test
    void anotherPageHasAnotherEtagAndNonce() {
        var one = seal("Bản tin số 1");
        var other = seal("Bản tin số 2");

        assertThat(other.etag()).isNotEqualTo(one.etag());
        assertThat(SealedPage.nonceIn(other.policy())).isNotEqualTo(SealedPage.nonceIn(one.policy()));
    }

    @Test
    void aResponseWithoutNonceIsKeptAsItIs() {
        byte[] feed = "<rss><channel><title>Tin tức</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

        var sealed = SealedPage.of(feed, StandardCharsets.UTF_8, null);

        assertThat(sealed.body()).isEqualTo(feed);
        assertThat(sealed.policy()).isNull();
        assertThat(sealed.etag()).startsWith("\"").endsWith("\"").hasSize(34);
    }
}
