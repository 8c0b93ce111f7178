package org.convene.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.convene.platform.RequestMemo;

/** {@code /topics} and the topics on the network home: the vocabulary and what is observed now. */
@Named
@ApplicationScoped
public class TopicsBacking {

  private static final String ALL = TopicsBacking.class.getName() + ".all";

  @Inject private TopicService topics;
  @Inject private org.convene.cache.ReadCache reads;
  @Inject private HttpServletRequest request;

  /** Every topic, read once per request. */
  public List<Topic> getAll() {
    return RequestMemo.get(request, ALL, () -> reads.get("topics", topics::all));
  }

  public List<Topic> getObservedNow() {
    LocalDate today = LocalDate.now();
    return getAll().stream().filter(t -> t.isObservedOn(today)).toList();
  }
}
