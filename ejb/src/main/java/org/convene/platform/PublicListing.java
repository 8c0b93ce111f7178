package org.convene.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One page of a kind of published item across active collaboratives, optionally one collaborative's
 * (slug) or one topic's (slug), newest or soonest first: the read API's lists. Two statements
 * (count and page) plus one for the page's topics, whatever the page size.
 *
 * @param entity the entity name ({@code NewsItem}); its alias is {@code x}, its owner {@code c}
 * @param order the ORDER BY clause over {@code x}
 * @param topicsOf reads an item's topics (so that they are loaded before the item leaves)
 */
public record PublicListing<T>(String entity, String order, Consumer<T> topicsOf) {

  public Page<T> page(
      EntityManager em, Class<T> type, String collaborative, String topic, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(
            " WHERE x.publishedAt <= :now AND c.status ="
                + " org.convene.collaborative.CollaborativeStatus.ACTIVE");
    params.put("now", Instant.now());
    if (collaborative != null && !collaborative.isBlank()) {
      where.append(" AND c.slug = :slug");
      params.put("slug", collaborative);
    }
    if (topic != null && !topic.isBlank()) {
      where.append(
          " AND EXISTS (SELECT t FROM "
              + entity
              + " tx JOIN tx.topics t WHERE tx = x AND t.slug = :topic)");
      params.put("topic", topic);
    }
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(x) FROM " + entity + " x JOIN x.collaborative c" + where, Long.class);
    params.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (total == 0) {
      return new Page<>(List.of(), Math.max(1, page), size, 0);
    }
    TypedQuery<T> query =
        em.createQuery(
            "SELECT x FROM "
                + entity
                + " x JOIN FETCH x.collaborative c"
                + where
                + " ORDER BY "
                + order,
            type);
    params.forEach(query::setParameter);
    // the page's topics in one statement, when the first item's are read
    query.setHint("eclipselink.batch.type", "IN");
    query.setHint("eclipselink.batch", "x.topics");
    List<T> items =
        query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
    items.forEach(topicsOf);
    return new Page<>(items, Math.max(1, page), size, total);
  }
}
