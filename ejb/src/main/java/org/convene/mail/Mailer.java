package org.convene.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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

  /**
   * Sends a plain-text message. Returns whether the SMTP server took it; a failure is logged
   * (without the message, which may hold a secret link) and does not fail the caller.
   */
  public boolean send(String to, String subject, String text) {
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
      message.setText(text, "UTF-8");
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.log(
          Level.WARNING,
          "Could not send \"{0}\" to {1}: {2}",
          new Object[] {subject, to, e.getMessage()});
      return false;
    }
  }
}
