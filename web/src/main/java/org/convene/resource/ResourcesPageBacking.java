package org.convene.resource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.tenancy.CurrentCollaborative;

/** {@code /c/{slug}/resources}, and the library panel of the collaborative's home. */
@Named
@RequestScoped
public class ResourcesPageBacking {

  @Inject private CurrentCollaborative tenant;
  @Inject private ResourceService resources;

  private List<ThemeSection> library;

  @PostConstruct
  void load() {
    library = resources.library(tenant.get());
  }

  public List<ThemeSection> getLibrary() {
    return library;
  }

  public long getCount() {
    return library.stream().mapToLong(ResourcesPageBacking::count).sum();
  }

  private static long count(ThemeSection s) {
    return s.getResources().size()
        + s.getChildren().stream().mapToLong(ResourcesPageBacking::count).sum();
  }
}
