package org.convene.event;

import java.util.List;
import java.util.Map;

/** What the last registration post on this page came to, read from the request. */
public class RegistrationOutcome {

  private final List<RegistrationResult> results;
  private final Map<String, String> errors;
  private final RegistrationForm form;
  private final String closed;

  private RegistrationOutcome(
      List<RegistrationResult> results,
      Map<String, String> errors,
      RegistrationForm form,
      String closed) {
    this.results = results;
    this.errors = errors;
    this.form = form;
    this.closed = closed;
  }

  @SuppressWarnings("unchecked")
  static RegistrationOutcome from(Map<String, Object> request) {
    List<RegistrationResult> results =
        (List<RegistrationResult>) request.getOrDefault(SpaceServlet.RESULTS, List.of());
    Map<String, String> errors =
        (Map<String, String>) request.getOrDefault(SpaceServlet.ERRORS, Map.of());
    RegistrationForm form =
        (RegistrationForm) request.getOrDefault(SpaceServlet.FORM, new RegistrationForm());
    return new RegistrationOutcome(
        results, errors, form, (String) request.get(SpaceServlet.CLOSED));
  }

  public boolean isRegistered() {
    return !results.isEmpty();
  }

  public List<RegistrationResult> getResults() {
    return results;
  }

  public RegistrationResult getFirst() {
    return results.isEmpty() ? null : results.get(0);
  }

  public boolean isInvalid() {
    return !errors.isEmpty();
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public RegistrationForm getForm() {
    return form;
  }

  public String getClosed() {
    return closed;
  }
}
