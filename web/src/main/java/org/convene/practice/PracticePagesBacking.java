package org.convene.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.event.Event;
import org.convene.platform.Page;
import org.convene.platform.Pages;
import org.convene.resource.Resource;
import org.convene.tenancy.CurrentCollaborative;
import org.convene.tenancy.TenantFilter;

/**
 * {@code /c/{slug}/practices} and {@code /c/{slug}/practices/{slug}}: a collaborative's published
 * practices, and one with where it was presented and what goes with it.
 */
@Named
@RequestScoped
public class PracticePagesBacking {

  static final int PAGE_SIZE = 20;

  @Inject private CurrentCollaborative tenant;
  @Inject private PracticeService practices;
  @Inject private AdoptionService adoptions;
  @Inject private ExternalContext external;
  @Inject private org.convene.link.LinkService links;
  private List<org.convene.link.RelatedItem> related = List.of();

  private Page<Practice> list;
  private Practice item;
  private List<Event> presentedAt = List.of();
  private List<Resource> resources = List.of();
  private Lineage lineage = Lineage.empty();
  private Adoption origin;
  private String diagram = "";

  @PostConstruct
  void load() {
    String slug = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    if (slug != null) {
      item = practices.published(tenant.get(), slug).orElse(null);
      if (item == null) {
        Pages.notFound();
        return;
      }
      presentedAt = practices.presentedAt(item);
      resources = practices.resources(item);
      lineage = adoptions.lineage(item);
      related = links.related("PRACTICE", item.getId());
      origin = adoptions.origin(item).orElse(null);
      diagram = LineageDiagram.svg(item.getName(), tenant.get().getShortName(), lineage);
      return;
    }
    String page = external.getRequestParameterMap().get("page");
    list =
        practices.of(
            tenant.get(),
            page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1,
            PAGE_SIZE);
  }

  public Page<Practice> getList() {
    return list;
  }

  public Practice getItem() {
    return item;
  }

  /** The public items related to the practice, either way. */
  public List<org.convene.link.RelatedItem> getRelated() {
    return related;
  }

  public boolean isFound() {
    return item != null;
  }

  public List<Event> getPresentedAt() {
    return presentedAt;
  }

  public List<Resource> getResources() {
    return resources;
  }

  public Lineage getLineage() {
    return lineage;
  }

  /** The lineage drawn (SVG, every text escaped); empty when none or too large to draw. */
  public String getDiagram() {
    return diagram;
  }

  /** The adoption this practice is the adapted version of; null for an original. */
  public Adoption getOrigin() {
    return origin;
  }
}
