package org.convene.topic;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.convene.event.Event;
import org.convene.event.Series;

/**
 * Everything published on one topic, across collaboratives, read live: by kind (upcoming events,
 * series, past events) and by collaborative (name → its items' titles and links).
 */
public class TopicPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Topic topic;
  private final List<Event> upcoming;
  private final List<Series> series;
  private final List<Event> past;
  private final Map<String, List<Event>> eventsByCollaborative;

  public TopicPage(
      Topic topic,
      List<Event> upcoming,
      List<Series> series,
      List<Event> past,
      Map<String, List<Event>> eventsByCollaborative) {
    this.topic = topic;
    this.upcoming = upcoming;
    this.series = series;
    this.past = past;
    this.eventsByCollaborative = eventsByCollaborative;
  }

  public Topic getTopic() {
    return topic;
  }

  public List<Event> getUpcoming() {
    return upcoming;
  }

  public List<Series> getSeries() {
    return series;
  }

  public List<Event> getPast() {
    return past;
  }

  public Map<String, List<Event>> getEventsByCollaborative() {
    return eventsByCollaborative;
  }

  public List<String> getCollaborativeNames() {
    return List.copyOf(eventsByCollaborative.keySet());
  }

  public boolean isEmpty() {
    return upcoming.isEmpty() && series.isEmpty() && past.isEmpty();
  }
}
