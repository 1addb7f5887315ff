package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupCharactersBecomeEntitiesInTextAndAttributes() {
        assertThat(HtmlText.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "Precision Valves SpA · Milano";
        assertThat(HtmlText.escape(text)).isSameAs(text);
        assertThat(HtmlText.escape(null)).isEmpty();
        assertThat(HtmlText.escape("Ärzte & Co")).isEqualTo("Ärzte &amp; Co");
    }
}
