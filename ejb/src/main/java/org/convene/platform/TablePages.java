package org.convene.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * One page of a workspace table in two statements — the count, then the rows — for the services
 * behind {@link TableQuery}: the caller names the entity and its alias ({@code "Account a"}, joins
 * after it), the WHERE clause with its parameters, the columns it sorts by, and its natural order.
 */
public final class TablePages {

  private TablePages() {}

  public static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String entity,
      String where,
      Map<String, Object> parameters,
      TableQuery query,
      Map<String, String> sortable,
      String natural,
      String tieBreak) {
    return page(em, type, entity, "", where, parameters, query, sortable, natural, tieBreak);
  }

  /**
   * As {@link #page(EntityManager, Class, String, String, Map, TableQuery, Map, String, String)},
   * the rows fetched with what the table shows of them ({@code fetch}: JOIN FETCH clauses, e.g.
   * {@code " LEFT JOIN FETCH e.series"}), so that a page costs no statement per row.
   */
  public static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String entity,
      String fetch,
      String where,
      Map<String, Object> parameters,
      TableQuery query,
      Map<String, String> sortable,
      String natural,
      String tieBreak) {
    String alias = entity.split(" ")[1];
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (query.isCountOnly()) {
      return new Page<>(List.of(), 1, 0, total);
    }
    TypedQuery<T> rows =
        em.createQuery(
                "SELECT "
                    + alias
                    + " FROM "
                    + entity
                    + fetch
                    + where
                    + query.orderBy(sortable, natural, tieBreak),
                type)
            .setFirstResult(query.first())
            .setMaxResults(query.size());
    parameters.forEach(rows::setParameter);
    return new Page<>(rows.getResultList(), query.pageNumber(), query.size(), total);
  }
}
