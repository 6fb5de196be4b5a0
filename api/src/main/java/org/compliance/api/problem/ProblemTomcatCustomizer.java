package org.compliance.api.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ProblemReportValve} in place of Tomcat's HTML error page. */
@Component
public class ProblemTomcatCustomizer implements TomcatContextCustomizer {

  @Override
  public void customize(org.apache.catalina.Context context) {
    if (context.getParent() instanceof StandardHost host) {
      // The host finds this valve by its class name and then adds no HTML one of its own.
      host.setErrorReportValveClass(ProblemReportValve.class.getName());
      boolean present =
          java.util.Arrays.stream(host.getPipeline().getValves())
              .anyMatch(ProblemReportValve.class::isInstance);
      if (!present) {
        host.getPipeline().addValve(new ProblemReportValve());
      }
    }
  }
}
