package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksMatchesWhateverTheirDiacritics() {
        String html = Snippets.highlight("Sản phẩm của Bến Tre và BEN TRE", List.of("ben", "tre"), 200);
        assertThat(html)
                .isEqualTo("Sản phẩm của <mark>Bến</mark> <mark>Tre</mark> và <mark>BEN</mark> <mark>TRE</mark>");
    }

    @Test
    void escapesTheTextBeforeMarking() {
        String html = Snippets.highlight("<script>alert('dừa')</script> & dừa", List.of("dua"), 200);
        assertThat(html)
                .doesNotContain("<script>")
                .isEqualTo("&lt;script&gt;alert(&#39;<mark>dừa</mark>&#39;)&lt;/script&gt; &amp; <mark>dừa</mark>");
    }

    @Test
    void cutsAroundTheFirstMatch() {
        String text = "mở đầu ".repeat(60) + "chanh muối Bến Tre " + "kết thúc ".repeat(60);
        String html = Snippets.highlight(text, List.of("chanh"), 120);
        assertThat(html).startsWith("… ").endsWith(" …").contains("<mark>chanh</mark> muối");
    }

    @Test
    void plainTextDropsTagsAndDecodesEntities() {
        assertThat(Snippets.plainText("<p>Chanh&#32;muối</p><p>Bến&nbsp;Tre &amp; dừa</p>"))
                .isEqualTo("Chanh muối Bến Tre & dừa");
    }
}
