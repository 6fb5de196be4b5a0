package org.compliance.api.notice;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.compliance.api.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the notices' e-mails from the table, after their events have committed: one thread, a few
 * at a time, so neither a slow mail server nor a burst of decisions holds a request. Nothing is
 * sent unless a mail server is configured ({@code spring.mail.host}). A notice marked sent after
 * its e-mail left; a crash between the two sends it again (at least once, never lost).
 */
@Component
class NoticeMailer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
  private static final int BATCH = 20;
  private static final int ATTEMPTS = 5;

  private final JavaMailSender sender;
  private final ObjectProvider<NoticeStore> notices;
  private final ObjectProvider<NoticeTexts> texts;
  private final String from;
  private final Environment environment;
  private final Duration every;
  private ScheduledExecutorService thread;

  NoticeMailer(
      ObjectProvider<JavaMailSender> sender,
      ObjectProvider<NoticeStore> notices,
      ObjectProvider<NoticeTexts> texts,
      @Value("${compliance.notices.from:compliance@localhost}") String from,
      Environment environment,
      @Value("${compliance.notices.mail-every:5s}") Duration every) {
    this.sender = sender.getIfAvailable();
    this.notices = notices;
    this.texts = texts;
    this.from = from;
    this.environment = environment;
    this.every = every;
  }

  /** Whether e-mails are sent at all. */
  boolean configured() {
    return sender != null;
  }

  /** Sends what is waiting; returns how many left. Also run by tests that cannot wait. */
  int sendWaiting() {
    int sent = 0;
    for (Notice n : notices.getObject().pendingMail(BATCH)) {
      try {
        sender.send(message(n));
        notices.getObject().mailSent(n.id());
        sent++;
      } catch (RuntimeException e) { // MailException, or a notice that cannot be worded
        log.atWarn()
            .addKeyValue("notice", n.id())
            .log("E-mail of notice {} not sent: {}", n.id(), e.getMessage());
        notices.getObject().mailFailed(n.id(), ATTEMPTS);
      }
    }
    return sent;
  }

  private SimpleMailMessage message(Notice n) {
    NoticeTexts words = texts.getObject();
    Locale locale = Languages.find(words.language(n.recipient())).orElse(Locale.ENGLISH);
    NoticeText text = words.of(n, locale);
    // read when sending: its default names the port, known only once the server listens
    String publicUrl = environment.getRequiredProperty("compliance.public-url");
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(n.mailTo());
    m.setSubject(words.subject(n, locale));
    m.setText(
        text.text()
            + "\n\n"
            + publicUrl
            + text.path()
            + "\n\n"
            + words.text("notice.mail.footer", locale, publicUrl + "/notices/settings"));
    return m;
  }

  @Override
  public void start() {
    if (sender == null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "notice-mailer");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        this::sendQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sendQuietly() {
    try {
      while (sendWaiting() == BATCH) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      log.warn("Notice e-mails not sent this round: {}", e.getMessage());
    }
  }

  @Override
  public void stop() {
    if (thread != null) {
      thread.shutdownNow();
      thread = null;
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
