package vn.bentre.ocop.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulFreeRequestFilterTest {

    @Test
    void nulCharactersAreDroppedAndTheRestKept() {
        assertThat(NulFreeRequestFilter.clean("Bến\u0000 Tre\u0000")).isEqualTo("Bến Tre");
        assertThat(NulFreeRequestFilter.clean("dừa\u0001")).isEqualTo("dừa\u0001");
        assertThat(NulFreeRequestFilter.clean(null)).isNull();
    }

    @Test
    void encodedNulIsDroppedFromTheQueryString() {
        assertThat(NulFreeRequestFilter.cleanQuery("chu-de=a%00b&trang=2")).isEqualTo("chu-de=ab&trang=2");
        assertThat(NulFreeRequestFilter.cleanQuery("q=100%25")).isEqualTo("q=100%25");
        assertThat(NulFreeRequestFilter.cleanQuery(null)).isNull();
    }
}
