package org.convene.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.collaborative.CollaborativeCard;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.DirectoryQuery;
import org.convene.platform.Page;

/**
 * The network home page {@code /}: the first collaboratives by name and how many there are in all
 * (the directory lists the rest), so the page costs the same with five members or a thousand.
 */
@Named
@RequestScoped
public class HomeBacking {

  static final int GRID_SIZE = 12;

  @Inject private CollaborativeService collaborativeService;

  private Page<CollaborativeCard> collaboratives;

  @PostConstruct
  void load() {
    collaboratives = collaborativeService.directory(DirectoryQuery.all(1, GRID_SIZE));
  }

  public Page<CollaborativeCard> getCollaboratives() {
    return collaboratives;
  }

  public boolean isMoreThanShown() {
    return collaboratives.total() > collaboratives.items().size();
  }
}
