package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void writesEachChoiceInOrderWithTheChosenOneSelected() {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put("icsi", "ICSI");
    choices.put("civhc", "CIVHC");
    assertThat(Options.html(choices, "civhc"))
        .isEqualTo(
            "<option value=\"icsi\">ICSI</option>"
                + "<option value=\"civhc\" selected=\"selected\">CIVHC</option>");
    assertThat(Options.html(choices, null)).doesNotContain("selected");
    assertThat(Options.html(Map.of(), "icsi")).isEmpty();
  }

  @Test
  void escapesValuesAndLabels() {
    String html =
        Options.html(Map.of("a\"><script>x</script>", "Tom & Jerry's <b>clinic</b>"), null);
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("&amp;")
        .contains("&lt;b&gt;")
        .startsWith("<option value=\"a&#34;&gt;&lt;script&gt;");
  }
}
