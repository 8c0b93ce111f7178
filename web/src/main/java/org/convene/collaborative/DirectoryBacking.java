package org.convene.collaborative;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convene.platform.Page;

/**
 * The collaboratives directory {@code /collaboratives?q=…&state=MN&page=2}: a plain GET form, so it
 * works without JavaScript and every result page has its own address.
 */
@Named
@RequestScoped
public class DirectoryBacking {

  static final int PAGE_SIZE = 24;

  @Inject private CollaborativeService collaborativeService;
  @Inject private ExternalContext external;

  private String text;
  private UsState state;
  private Page<CollaborativeCard> results;
  private List<UsState> states;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    DirectoryQuery query =
        new DirectoryQuery(
            params.get("q"),
            UsState.fromCode(params.get("state")).orElse(null),
            parsePage(params.get("page")),
            PAGE_SIZE);
    text = query.text();
    state = query.state();
    results = collaborativeService.directory(query);
    states = collaborativeService.statesInUse();
  }

  static int parsePage(String page) {
    if (page == null || !page.matches("\\d{1,6}")) {
      return 1;
    }
    return Integer.parseInt(page);
  }

  public String getText() {
    return text;
  }

  public String getStateCode() {
    return state == null ? "" : state.getCode();
  }

  public UsState getState() {
    return state;
  }

  public boolean isFiltered() {
    return !text.isEmpty() || state != null;
  }

  public Page<CollaborativeCard> getResults() {
    return results;
  }

  public List<UsState> getStates() {
    return states;
  }

  public long getFirstShown() {
    return results.isEmpty() ? 0 : Page.offset(results.number(), results.size()) + 1L;
  }

  public long getLastShown() {
    return getFirstShown() == 0 ? 0 : getFirstShown() + results.items().size() - 1;
  }

  /** Address of another page of the same search. */
  public String pageUrl(int page) {
    StringBuilder url =
        new StringBuilder(external.getRequestContextPath()).append("/collaboratives");
    String separator = "?";
    if (!text.isEmpty()) {
      url.append(separator).append("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
      separator = "&";
    }
    if (state != null) {
      url.append(separator).append("state=").append(state.getCode());
      separator = "&";
    }
    if (page > 1) {
      url.append(separator).append("page=").append(page);
    }
    return url.toString();
  }
}
