package org.convene.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rich-text editor's value: what the editor sends is made semantic and safe at once ({@link
 * RichText#fromEditor}), so a form shown again after an error never carries pasted markup back into
 * the page (not even when it is refused), and a text too long gets its message on the field. (The
 * services clean and check once more: this converter is a convenience, not the safeguard.) When
 * cleaning removed scripts or styles, the page says so after saving ({@link #cleaned()}).
 */
@FacesConverter("convene.richText")
public class RichTextConverter implements Converter<String> {

  private static final String CLEANED = RichTextConverter.class.getName() + ".cleaned";

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    Map<String, String> errors = new LinkedHashMap<>();
    String clean = FormChecks.richText(errors, "text", value, Pages.ws("richText.theText"));
    if (!errors.isEmpty()) {
      // shown again is the cleaned text (or nothing), never what was sent
      if (component instanceof jakarta.faces.component.EditableValueHolder input) {
        input.setSubmittedValue(clean == null ? "" : clean);
      }
      String message = errors.values().iterator().next();
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
    if (RichText.hasActiveContent(value)) {
      context.getAttributes().put(CLEANED, Boolean.TRUE);
    }
    return clean;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : RichText.sanitise(value);
  }

  /** Whether this request's rich text lost scripts, styles or the like to cleaning. */
  public static boolean cleaned() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && Boolean.TRUE.equals(context.getAttributes().get(CLEANED));
  }

  /** The sentence to add to a save's message when {@link #cleaned()}. */
  public static String cleanedNote() {
    return cleaned() ? " " + Pages.ws("richText.cleaned") : "";
  }
}
