package org.compliance.api.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * One running application for the page tests and the browser tests (the context is shared): the
 * embedded H2 database in a fresh temporary data directory, seeded from the fixtures, with the demo
 * accounts and a second NGO.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "server.address=127.0.0.1",
      "compliance.accounts[0].username=ngo",
      "compliance.accounts[0].password={noop}ngo-demo",
      "compliance.accounts[0].role=NGO",
      "compliance.accounts[1].username=ngo2",
      "compliance.accounts[1].password={noop}ngo2-test",
      "compliance.accounts[1].role=NGO",
      "compliance.accounts[2].username=officer",
      "compliance.accounts[2].password={noop}officer-demo",
      "compliance.accounts[2].role=OFFICER",
      "compliance.accounts[3].username=admin",
      "compliance.accounts[3].password={noop}admin-demo",
      "compliance.accounts[3].role=ADMIN"
    })
abstract class WebTestSupport {

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("compliance-web-");
    dir.toFile().deleteOnExit();
    registry.add("compliance.data-dir", dir::toString);
  }

  @Autowired JdbcClient jdbc;

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
