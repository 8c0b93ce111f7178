package org.convene.resource;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A theme of the library as shown: its resources and its sub-themes, in the editors' order. */
public class ThemeSection implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<Resource> resources = new ArrayList<>();
  private final List<ThemeSection> children = new ArrayList<>();

  public ThemeSection(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public List<Resource> getResources() {
    return resources;
  }

  public List<ThemeSection> getChildren() {
    return children;
  }

  public boolean isEmpty() {
    return resources.isEmpty() && children.stream().allMatch(ThemeSection::isEmpty);
  }
}
