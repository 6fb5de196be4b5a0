package org.compliance.api;

import java.time.Clock;
import org.compliance.api.work.OutOfMemoryExit;
import org.compliance.assessment.AssessmentRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The compliance scoring service: catalogue, evidence, assessments and scorecards over HTTP. */
@SpringBootApplication
public class Application {

  public static void main(String[] args) {
    OutOfMemoryExit.install();
    SpringApplication.run(Application.class, args);
  }

  /**
   * Built at start-up, so a broken rule base stops the service instead of failing the first
   * request.
   */
  @Bean
  AssessmentRunner assessmentRunner() {
    return new AssessmentRunner(Application.class.getClassLoader());
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
