package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.platform.Pages;
import org.convene.tenancy.TenantFilter;

/**
 * {@code /presenters/{id}}: one of the network's people and every published session they gave, of
 * whichever collaborative. Not found while they have given none.
 */
@Named
@RequestScoped
public class PresenterPageBacking {

  @Inject private PresenterService presenters;
  @Inject private ExternalContext external;

  private Presenter presenter;
  private List<Event> sessions = List.of();

  @PostConstruct
  void load() {
    String id = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    presenter = id == null ? null : presenters.publicPresenter(Long.parseLong(id)).orElse(null);
    if (presenter == null) {
      Pages.notFound();
      return;
    }
    sessions = presenters.sessionsOf(presenter);
  }

  public boolean isFound() {
    return presenter != null;
  }

  public Presenter getPresenter() {
    return presenter;
  }

  public List<Event> getSessions() {
    return sessions;
  }

  /** How many collaboratives' sessions they gave. */
  public long getCollaborativeCount() {
    return sessions.stream().map(e -> e.getCollaborative().getId()).distinct().count();
  }
}
