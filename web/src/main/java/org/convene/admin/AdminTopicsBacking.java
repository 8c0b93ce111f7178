package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.platform.Pages;
import org.convene.topic.Topic;
import org.convene.topic.TopicForm;
import org.convene.topic.TopicService;

/** {@code /admin/topics[?id=…]}: the network's topic vocabulary and observance windows. */
@Named
@ViewScoped
public class AdminTopicsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private TopicService topics;

  private Long id;
  private TopicForm form = new TopicForm();
  private List<Topic> all = List.of();

  public void init() {
    all = topics.all();
    if (id != null) {
      try {
        form = TopicForm.of(topics.forEditing(user.actor(), id));
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() {
    return Pages.perform(
        () -> topics.save(user.actor(), id, form),
        Pages.ws("adminTopics.topicSaved", form.getName()),
        "/admin/topics",
        "topic");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isCreating() {
    return id == null;
  }

  public TopicForm getForm() {
    return form;
  }

  public List<Topic> getAll() {
    return all;
  }
}
