package org.convene.platform;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table fed by a service: the table's page, sort and filters become a {@link
 * TableQuery} (the global filter is the search; each column filter by its field), and the service
 * answers with one page — so a table of 100,000 rows costs the same two statements as one of ten.
 * The service decides which columns can sort and which filter values count.
 */
public class ServiceTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A service's page of rows for a query (an {@code @Authorized} call with the caller's actor). */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> page(TableQuery query);
  }

  /** How a row is named in the table (its id): for row keys. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  /** A page the page already has (loaded with what else it shows), used once for its query. */
  private TableQuery prefetchedQuery;

  private Page<T> prefetched;

  public ServiceTable(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /**
   * The rows of {@code query} are already loaded (with the rest of the page, in one call): the
   * table's first rendering uses them instead of asking again.
   */
  public ServiceTable<T> prefetched(TableQuery query, Page<T> page) {
    this.prefetchedQuery = query;
    this.prefetched = page;
    return this;
  }

  /** The rows a table shows before it has loaded a page (its {@code rows}). */
  static final int DEFAULT_PAGE_SIZE = 25;

  /** The page, sort and direction of the last load: a count's guess at the load that follows. */
  private int lastFirst;

  private int lastSize = DEFAULT_PAGE_SIZE;
  private String lastSortBy;
  private boolean lastAscending = true;

  /**
   * PrimeFaces asks for the count before each load: instead of a call of its own, the page the
   * table showed last (the first page at first) is loaded with the new filters and kept for the
   * load, which uses it when it asks for that page — one service call for a table's page instead of
   * two.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    TableQuery counting = query(filterBy, null, 0, 0);
    if (prefetched != null && counting.equals(prefetchedQuery.countOnly())) {
      return (int) Math.min(Integer.MAX_VALUE, prefetched.total());
    }
    TableQuery guess =
        new TableQuery(
            counting.search(), counting.filters(), lastSortBy, lastAscending, lastFirst, lastSize);
    prefetched(guess, source.page(guess));
    return (int) Math.min(Integer.MAX_VALUE, prefetched.total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    TableQuery query = query(filterBy, sortBy, first, pageSize);
    lastFirst = query.first();
    lastSize = query.size() == 0 ? DEFAULT_PAGE_SIZE : query.size();
    lastSortBy = query.sortBy();
    lastAscending = query.ascending();
    if (prefetched != null && query.equals(prefetchedQuery)) {
      Page<T> page = prefetched;
      prefetched = null;
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.items();
    }
    prefetched = null;
    Page<T> page = source.page(query);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
  }

  private TableQuery query(
      Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int size) {
    String words = "";
    Map<String, String> filters = new HashMap<>();
    if (filterBy != null) {
      for (FilterMeta filter : filterBy.values()) {
        Object value = filter.getFilterValue();
        if (value == null || value.toString().isBlank()) {
          continue;
        }
        if (FilterMeta.GLOBAL_FILTER_KEY.equals(filter.getField())) {
          words = value.toString();
        } else {
          filters.put(filter.getField(), value.toString());
        }
      }
    }
    String sortField = null;
    boolean ascending = true;
    if (sortBy != null) {
      for (SortMeta sort : sortBy.values()) {
        if (sort.getOrder() != SortOrder.UNSORTED) {
          sortField = sort.getField();
          ascending = sort.getOrder() == SortOrder.ASCENDING;
          break;
        }
      }
    }
    return new TableQuery(words, filters, sortField, ascending, first, size);
  }
}
