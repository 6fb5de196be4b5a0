package org.compliance.api.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server for the page and browser tests (GreenMail), started once for the shared
 * application: the notices' e-mails arrive here.
 */
final class TestMail {

  static final GreenMail SERVER = start();

  private TestMail() {}

  private static GreenMail start() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    return mail;
  }
}
