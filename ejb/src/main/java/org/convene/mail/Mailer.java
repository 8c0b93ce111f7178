package org.convene.mail;

import jakarta.activation.DataHandler;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends the portal's e-mail through the SMTP server named in the configuration. */
@Stateless
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "convene.mail.host", defaultValue = "127.0.0.1")
  private String host;

  @Inject
  @ConfigProperty(name = "convene.mail.port", defaultValue = "25")
  private int port;

  @Inject
  @ConfigProperty(name = "convene.mail.from", defaultValue = "Convene <no-reply@convene.local>")
  private String from;

  @Inject
  @ConfigProperty(name = "convene.base-url", defaultValue = "http://127.0.0.1:8080")
  private String baseUrl;

  /** The portal's public address, for links in e-mails. */
  public String link(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }

  /** The host name of the portal's public address (for calendar UIDs). */
  public String host() {
    String h = java.net.URI.create(baseUrl).getHost();
    return h == null ? "convene.local" : h;
  }

  /**
   * Sends a plain-text message. Returns whether the SMTP server took it; a failure is logged
   * (without the message, which may hold a secret link) and does not fail the caller.
   */
  public boolean send(String to, String subject, String text) {
    return deliver(to, subject, text, null) == null;
  }

  /**
   * Sends a plain-text message with an optional iCalendar attachment ({@code invite.ics}). Returns
   * null when the SMTP server took it, otherwise why not.
   */
  public String deliver(String to, String subject, String text, String calendar) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, "UTF-8");
      if (calendar == null) {
        message.setText(text, "UTF-8");
      } else {
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart invite = new MimeBodyPart();
        invite.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(
                    calendar.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH")));
        invite.setFileName("invite.ics");
        invite.setDisposition(Part.ATTACHMENT);
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(body);
        multipart.addBodyPart(invite);
        message.setContent(multipart);
      }
      Transport.send(message);
      return null;
    } catch (MessagingException e) {
      LOG.log(
          Level.WARNING,
          "Could not send \"{0}\" to {1}: {2}",
          new Object[] {subject, to, e.getMessage()});
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
