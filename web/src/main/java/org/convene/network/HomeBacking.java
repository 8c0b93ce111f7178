package org.convene.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;

/** The network home page {@code /}. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private CollaborativeService collaborativeService;

  private List<Collaborative> collaboratives;

  @PostConstruct
  void load() {
    collaboratives = collaborativeService.listAll();
  }

  public List<Collaborative> getCollaboratives() {
    return collaboratives;
  }
}
