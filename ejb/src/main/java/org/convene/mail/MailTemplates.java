package org.convene.mail;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mail templates (Thymeleaf, from {@code mail/} on the class path): one HTML frame and one
 * plain-text frame that lay out a {@link Letter}. The HTML needs no remote image (the sender is
 * named in a coloured band), keeps its styles inline for mail clients, and carries the letter's
 * language.
 */
public final class MailTemplates {

  /** The letter's two bodies. */
  public record Rendered(String subject, String text, String html) {}

  private static final TemplateEngine HTML = engine(TemplateMode.HTML, ".html");
  private static final TemplateEngine TEXT = engine(TemplateMode.TEXT, ".txt");

  private MailTemplates() {}

  public static Rendered render(Letter letter) {
    Context context = new Context(letter.getLocale());
    context.setVariable("letter", letter);
    return new Rendered(
        letter.getSubject(),
        TEXT.process("letter", context).strip() + "\n",
        HTML.process("letter", context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
