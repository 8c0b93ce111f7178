package org.convene.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineageDiagramTest {

  private static Lineage.Node node(
      String adopter, AdoptionStatus status, int year, boolean adapted, Lineage.Node... children) {
    return new Lineage.Node(
        adopter + " in full",
        adopter,
        adopter.toLowerCase().replace(' ', '-'),
        status,
        year,
        null,
        null,
        adapted ? "Their version" : null,
        adapted ? "/c/x/practices/v" : null,
        List.of(children));
  }

  @Test
  void eachAdoptionIsABoxInTheColumnOfItsDepthJoinedToWhereItCameFrom() {
    Lineage lineage =
        new Lineage(
            List.of(
                node(
                    "CIVHC",
                    AdoptionStatus.PILOTING,
                    2021,
                    true,
                    node("MNCM", AdoptionStatus.ADOPTED, 2022, false)),
                node("Stratis Health", AdoptionStatus.STOPPED, 2021, false)),
            3,
            3);

    String svg = LineageDiagram.svg("Peer support huddles", "ICSI", lineage);

    assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("aria-hidden=\"true\"");
    assertThat(count(svg, "<rect")).isEqualTo(4);
    assertThat(count(svg, "<path")).isEqualTo(3);
    // columns by depth: the practice at 0, its adopters one box-and-gap to the right, MNCM two
    int step = LineageDiagram.BOX_WIDTH + LineageDiagram.GAP_X;
    assertThat(rectX(svg, "Peer support huddles")).isZero();
    assertThat(rectX(svg, "CIVHC")).isEqualTo(step);
    assertThat(rectX(svg, "Stratis Health")).isEqualTo(step);
    assertThat(rectX(svg, "MNCM")).isEqualTo(2 * step);
    assertThat(svg)
        .contains("Piloting · 2021 · own version")
        .contains("Stopped · 2021")
        .contains("fill=\"#fdecea\"");
    // no styles or scripts: the Content-Security-Policy forbids inline ones
    assertThat(svg).doesNotContain("style=").doesNotContain("<script");
  }

  @Test
  void namesAreEscapedAndLongOnesShortenedWithTheWholeNameInTheTooltip() {
    String hostile = "<script>alert(1)</script> & \"Friends\" of a very long collaborative name";
    Lineage lineage =
        new Lineage(List.of(node(hostile, AdoptionStatus.ADOPTED, 2020, false)), 1, 1);

    String svg = LineageDiagram.svg("Huddles", "O'Brien Health", lineage);

    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(svg).contains("O&#39;Brien Health");
    assertThat(svg).contains("&amp; &quot;Friends&quot; of a very long collaborative name —");
    // cut to fit the box (25 characters and an ellipsis) before escaping, never inside an entity
    assertThat(svg).contains(">&lt;script&gt;alert(1)&lt;/script&gt;…</text>");
  }

  @Test
  void nothingOrTooMuchIsNotDrawn() {
    assertThat(LineageDiagram.svg("Huddles", "ICSI", Lineage.empty())).isEmpty();
    List<Lineage.Node> many =
        java.util.stream.IntStream.range(0, LineageDiagram.MAX_NODES + 1)
            .mapToObj(i -> node("C" + i, AdoptionStatus.ADOPTED, 2020, false))
            .toList();
    assertThat(LineageDiagram.svg("Huddles", "ICSI", new Lineage(many, many.size(), many.size())))
        .isEmpty();
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }

  /** The x of the box whose tooltip starts with {@code title}. */
  private static int rectX(String svg, String title) {
    Matcher m =
        Pattern.compile("<title>" + Pattern.quote(title) + " —[^<]*</title><rect x=\"(\\d+)\"")
            .matcher(svg);
    assertThat(m.find()).as(title).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
