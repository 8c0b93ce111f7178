package org.convene.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode refuses a post of a stateful page that does not carry the page's nonce
 * ({@code primefaces.nonce}), and only its JavaScript adds that field to forms. The portal's forms
 * work without JavaScript, so every form gets the field from the server too (registered in
 * faces-config for every {@link UIForm} added to a view). The nonce is no secret from the page: it
 * is on each of its scripts.
 */
public class FormNonce implements SystemEventListener {

  static final String ID = "csp-nonce";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    FacesContext context = FacesContext.getCurrentInstance();
    if (!context.isPostback() && !context.getViewRoot().isTransient()) {
      // the nonce PrimeFaces checks a post against (see NonceWithoutSession); a post restores it
      // with the view's state (asking for it earlier would skip PrimeFaces' check)
      context
          .getViewRoot()
          .getViewMap(true)
          .putIfAbsent("primefaces.nonce", PrimeFacesContext.getCspState(context).getNonce());
    }
    for (UIComponent child : form.getChildren()) {
      if (ID.equals(child.getId())) {
        return;
      }
    }
    HtmlOutputText field = new HtmlOutputText();
    field.setId(ID);
    field.setTransient(true);
    field.setEscape(false);
    field.setValueExpression(
        "value",
        FacesContext.getCurrentInstance()
            .getApplication()
            .getExpressionFactory()
            .createValueExpression(
                FacesContext.getCurrentInstance().getELContext(),
                "#{formNonce.field}",
                String.class));
    form.getChildren().add(field);
  }

  /** {@code #{formNonce.field}}: the hidden input with this page's nonce. */
  @jakarta.inject.Named("formNonce")
  @jakarta.enterprise.context.ApplicationScoped
  public static class Field {

    public String getField() {
      String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
      // a nonce is Base64 of a UUID (PrimeFaces checks that): nothing to escape
      return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
    }
  }
}
