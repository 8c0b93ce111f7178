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
import java.util.ArrayList;
import java.util.List;
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
   * One message to deliver: recipient, subject, text, an optional HTML alternative and an optional
   * iCalendar attachment.
   */
  public record Outgoing(String to, String subject, String text, String html, String calendar) {

    public Outgoing(String to, String subject, String text, String calendar) {
      this(to, subject, text, null, calendar);
    }
  }

  /**
   * Sends a plain-text message with an optional iCalendar attachment ({@code invite.ics}). Returns
   * null when the SMTP server took it, otherwise why not.
   */
  public String deliver(String to, String subject, String text, String calendar) {
    return deliverAll(List.of(new Outgoing(to, subject, text, calendar)), sent -> {}).get(0);
  }

  /**
   * Sends several messages over one SMTP connection (opening one per message made a backlog of two
   * thousand take minutes). Returns, per message in order, null when the server took it or why not;
   * a failure is logged without the message, which may hold a secret link. {@code sent} hears of
   * each message the server took (its index) at once, so that the caller can record it before the
   * next one leaves: an instance that dies half-way through has recorded all it sent but the last.
   */
  public List<String> deliverAll(List<Outgoing> messages, java.util.function.IntConsumer sent) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(properties);
    List<String> results = new ArrayList<>();
    Transport transport = null;
    try {
      for (Outgoing m : messages) {
        try {
          MimeMessage message = compose(session, m);
          if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            transport.connect();
          }
          transport.sendMessage(message, message.getAllRecipients());
          results.add(null);
          sent.accept(results.size() - 1);
        } catch (MessagingException e) {
          LOG.log(
              Level.WARNING,
              "Could not send \"{0}\" to {1}: {2}",
              new Object[] {m.subject(), m.to(), e.getMessage()});
          results.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
          close(transport);
          transport = null;
        }
      }
    } finally {
      close(transport);
    }
    return results;
  }

  private MimeMessage compose(Session session, Outgoing m) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to()));
    message.setSubject(m.subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.text(), "UTF-8");
    MimeBodyPart body = text;
    MimeMultipart alternative = null;
    if (m.html() != null) {
      // text first, HTML last: a client shows the last alternative it can
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(m.html(), "text/html; charset=UTF-8");
      alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      body = new MimeBodyPart();
      body.setContent(alternative);
    }
    if (m.calendar() == null) {
      if (m.html() == null) {
        message.setText(m.text(), "UTF-8");
      } else {
        message.setContent(alternative);
      }
    } else {
      MimeBodyPart invite = new MimeBodyPart();
      invite.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  m.calendar().getBytes(StandardCharsets.UTF_8),
                  "text/calendar; charset=UTF-8; method=PUBLISH")));
      invite.setFileName("invite.ics");
      invite.setDisposition(Part.ATTACHMENT);
      MimeMultipart multipart = new MimeMultipart("mixed");
      multipart.addBodyPart(body);
      multipart.addBodyPart(invite);
      message.setContent(multipart);
    }
    message.saveChanges();
    return message;
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
      }
    }
  }
}
