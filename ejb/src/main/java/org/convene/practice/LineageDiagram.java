package org.convene.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A practice's lineage drawn as a server-side SVG tree, left to right: the practice, then each
 * adoption (collaborative, status, year), each adaptation's adoptions to its right. It repeats the
 * nested list next to it, which is what screen readers and text browsers get; the drawing is hidden
 * from them. Every text is escaped here; colours are presentation attributes, so the strict
 * Content-Security-Policy (no inline styles) stays.
 */
public final class LineageDiagram {

  /** Beyond this many adoptions a drawing stops being readable: the list alone is shown. */
  public static final int MAX_NODES = 60;

  static final int BOX_WIDTH = 210;
  static final int BOX_HEIGHT = 46;
  static final int GAP_X = 44;
  static final int GAP_Y = 14;

  /** Characters that fit a box's width: its bold title line, and its smaller detail line. */
  static final int MAX_TITLE = 26;

  static final int MAX_DETAIL = 30;

  private LineageDiagram() {}

  /** A box placed in the drawing. */
  record Box(int column, double row, String title, String detail, String fill, String text) {

    double x() {
      return column * (BOX_WIDTH + GAP_X);
    }

    double y() {
      return row * (BOX_HEIGHT + GAP_Y);
    }
  }

  /** A line from a box to one of its children. */
  record Edge(Box from, Box to) {}

  /** The SVG for {@code practice}'s lineage; empty when there is nothing, or too much, to draw. */
  public static String svg(String practiceName, String ownerName, Lineage lineage) {
    if (lineage.isEmpty() || lineage.times() > MAX_NODES) {
      return "";
    }
    List<Box> boxes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    double[] nextRow = {0};
    place(practiceName, ownerName, lineage.adoptions(), boxes, edges, nextRow);
    int columns = boxes.stream().mapToInt(Box::column).max().orElse(0) + 1;
    double width = columns * (BOX_WIDTH + GAP_X) - GAP_X + 2;
    double height = nextRow[0] * (BOX_HEIGHT + GAP_Y) - GAP_Y + 2;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage__svg\" viewBox=\"-1 -1 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\" aria-hidden=\"true\" focusable=\"false\">");
    for (Edge e : edges) {
      double x1 = e.from().x() + BOX_WIDTH;
      double y1 = e.from().y() + BOX_HEIGHT / 2.0;
      double x2 = e.to().x();
      double y2 = e.to().y() + BOX_HEIGHT / 2.0;
      double mid = (x1 + x2) / 2;
      svg.append("<path d=\"M")
          .append(number(x1))
          .append(' ')
          .append(number(y1))
          .append(" C")
          .append(number(mid))
          .append(' ')
          .append(number(y1))
          .append(' ')
          .append(number(mid))
          .append(' ')
          .append(number(y2))
          .append(' ')
          .append(number(x2))
          .append(' ')
          .append(number(y2))
          .append("\" fill=\"none\" stroke=\"#8a97a8\" stroke-width=\"1.5\"/>");
    }
    for (Box b : boxes) {
      svg.append("<g><title>")
          .append(escape(b.title() + " — " + b.detail()))
          .append("</title><rect x=\"")
          .append(number(b.x()))
          .append("\" y=\"")
          .append(number(b.y()))
          .append("\" width=\"")
          .append(BOX_WIDTH)
          .append("\" height=\"")
          .append(BOX_HEIGHT)
          .append("\" rx=\"6\" fill=\"")
          .append(b.fill())
          .append("\" stroke=\"#c5ced8\"/><text x=\"")
          .append(number(b.x() + 10))
          .append("\" y=\"")
          .append(number(b.y() + 19))
          .append("\" font-size=\"13\" font-weight=\"600\" fill=\"")
          .append(b.text())
          .append("\">")
          .append(escape(shorten(b.title(), MAX_TITLE)))
          .append("</text><text x=\"")
          .append(number(b.x() + 10))
          .append("\" y=\"")
          .append(number(b.y() + 36))
          .append("\" font-size=\"12\" fill=\"")
          .append(b.text())
          .append("\">")
          .append(escape(shorten(b.detail(), MAX_DETAIL)))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  /** Places the practice (column 0) and its adoptions, depth first; rows are leaves in order. */
  private static void place(
      String practiceName,
      String ownerName,
      List<Lineage.Node> adoptions,
      List<Box> boxes,
      List<Edge> edges,
      double[] nextRow) {
    List<Box> children = new ArrayList<>();
    for (Lineage.Node n : adoptions) {
      children.add(place(n, 1, boxes, edges, nextRow));
    }
    double row = children.isEmpty() ? nextRow[0]++ : middle(children);
    Box root = new Box(0, row, practiceName, ownerName, "#12355b", "#ffffff");
    boxes.add(root);
    children.forEach(c -> edges.add(new Edge(root, c)));
  }

  private static Box place(
      Lineage.Node node, int column, List<Box> boxes, List<Edge> edges, double[] nextRow) {
    List<Box> children = new ArrayList<>();
    for (Lineage.Node n : node.children()) {
      children.add(place(n, column + 1, boxes, edges, nextRow));
    }
    double row = children.isEmpty() ? nextRow[0]++ : middle(children);
    String detail =
        node.status().getLabel() + " · " + node.year() + (node.isAdapted() ? " · own version" : "");
    Box box =
        new Box(
            column,
            row,
            node.adopterShortName(),
            detail,
            fill(node.status()),
            node.status() == AdoptionStatus.STOPPED ? "#7a2e0e" : "#1a202c");
    boxes.add(box);
    children.forEach(c -> edges.add(new Edge(box, c)));
    return box;
  }

  private static double middle(List<Box> children) {
    return (children.get(0).row() + children.get(children.size() - 1).row()) / 2;
  }

  private static String fill(AdoptionStatus status) {
    return switch (status) {
      case CONSIDERING -> "#f1f3f6";
      case PILOTING -> "#e3edf9";
      case ADOPTED -> "#e6f4ea";
      case STOPPED -> "#fdecea";
    };
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
