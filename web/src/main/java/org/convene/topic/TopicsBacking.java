package org.convene.topic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** {@code /topics} and the topics on the network home: the vocabulary and what is observed now. */
@Named
@RequestScoped
public class TopicsBacking {

  @Inject private TopicService topics;
  @Inject private org.convene.cache.ReadCache reads;

  private List<Topic> all;

  @PostConstruct
  void load() {
    all = reads.get("topics", topics::all);
  }

  public List<Topic> getAll() {
    return all;
  }

  public List<Topic> getObservedNow() {
    LocalDate today = LocalDate.now();
    return all.stream().filter(t -> t.isObservedOn(today)).toList();
  }
}
